#include "app/lab/truenas/TrueNasCertificate.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace mpio::lab {

bool TrueNasCertificate::loadOrCreate(const QString& stateDir, bool regenerate, QString* error)
{
    const QString dir = stateDir + QStringLiteral("/truenas");
    const QString certPath = dir + QStringLiteral("/cert.pem");
    const QString keyPath = dir + QStringLiteral("/key.pem");
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    if (regenerate || !QFile::exists(certPath) || !QFile::exists(keyPath)) {
        // Write to temporary names and rename, so a half-written pair is never reused.
        const QString tmpCert = certPath + QStringLiteral(".new");
        const QString tmpKey = keyPath + QStringLiteral(".new");
        QProcess p;
        p.setProgram(QStringLiteral("openssl"));
        p.setArguments({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-sha256"),
                        QStringLiteral("-days"), QStringLiteral("397"), QStringLiteral("-keyout"), tmpKey,
                        QStringLiteral("-out"), tmpCert, QStringLiteral("-subj"),
                        QStringLiteral("/C=US/ST=Tennessee/L=Maryville/O=iXsystems/CN=localhost/"
                                       "emailAddress=info@ixsystems.com"),
                        QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost"),
                        QStringLiteral("-addext"), QStringLiteral("extendedKeyUsage=serverAuth")});
        p.start();
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *error = QStringLiteral("openssl could not create the TrueNAS certificate: %1 %2")
                         .arg(p.errorString(), QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
            p.kill();
            p.waitForFinished(1000);
            return false;
        }
        QFile::setPermissions(tmpKey, QFile::ReadOwner | QFile::WriteOwner);
        QFile::remove(certPath);
        QFile::remove(keyPath);
        if (!QFile::rename(tmpKey, keyPath) || !QFile::rename(tmpCert, certPath)) {
            *error = QStringLiteral("cannot store the certificate in %1").arg(dir);
            return false;
        }
    }
    QFile cf(certPath), kf(keyPath);
    if (!cf.open(QIODevice::ReadOnly) || !kf.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1 / %2").arg(certPath, keyPath);
        return false;
    }
    m_cert = QSslCertificate(cf.readAll(), QSsl::Pem);
    m_key = QSslKey(kf.readAll(), QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (m_cert.isNull() || m_key.isNull()) {
        *error = QStringLiteral("%1 does not hold a usable certificate and key (delete them to regenerate)")
                     .arg(dir);
        return false;
    }
    return true;
}

QString TrueNasCertificate::sha256() const
{
    return QString::fromLatin1(m_cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace mpio::lab
