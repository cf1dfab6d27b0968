#include "core/truenas/CertificatePins.h"

#include "core/common/AppPaths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSslKey>

namespace mpio {

namespace {

const QString kPins = QStringLiteral("pins");
const QString kSha256 = QStringLiteral("sha256");

QString keyTypeOf(const QSslCertificate& certificate)
{
    const QSslKey key = certificate.publicKey();
    QString algorithm;
    switch (key.algorithm()) {
    case QSsl::Rsa:
        algorithm = QStringLiteral("RSA");
        break;
    case QSsl::Ec:
        algorithm = QStringLiteral("EC");
        break;
    case QSsl::Dsa:
        algorithm = QStringLiteral("DSA");
        break;
    case QSsl::Dh:
        algorithm = QStringLiteral("DH");
        break;
    case QSsl::Opaque:
        algorithm = QStringLiteral("opaque");
        break;
    }
    return key.length() > 0 ? QStringLiteral("%1 %2").arg(algorithm).arg(key.length()) : algorithm;
}

} // namespace

CertificatePins::CertificatePins(QString filePath)
    : m_filePath(filePath.isEmpty() ? AppPaths::trustDir() + QStringLiteral("/tls_pins.json")
                                    : std::move(filePath))
{}

QString CertificatePins::fingerprint(const QSslCertificate& certificate)
{
    if (certificate.isNull())
        return {};
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < digest.size(); i += 2)
        pairs.append(QString::fromLatin1(digest.mid(i, 2)));
    return pairs.join(QLatin1Char(':'));
}

QString CertificatePins::normalize(const QString& fingerprint)
{
    QString text = fingerprint.trimmed();
    if (text.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive))
        text = text.mid(7);
    text.remove(QLatin1Char(':'));
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!hex.match(text).hasMatch())
        return {};
    text = text.toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < text.size(); i += 2)
        pairs.append(text.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

QString CertificatePins::key(const QString& host, int port)
{
    const QString h = host.trimmed().toLower();
    if (h.contains(QLatin1Char(':')) && !h.startsWith(QLatin1Char('[')))
        return QStringLiteral("[%1]:%2").arg(h).arg(port);
    return QStringLiteral("%1:%2").arg(h).arg(port);
}

Result<QJsonObject> CertificatePins::load() const
{
    QFile file(m_filePath);
    if (!file.exists())
        return QJsonObject{};
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("truenas.tls"), tr("Cannot read the certificate trust store."),
                           QStringLiteral("%1: %2").arg(m_filePath, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(
            QStringLiteral("truenas.tls"),
            tr("The certificate trust store is damaged; fix or remove it by hand (it holds your "
               "trust decisions, so it is not replaced automatically)."),
            QStringLiteral("%1: %2").arg(m_filePath, parseError.errorString()));
    return doc.object();
}

Status CertificatePins::save(const QJsonObject& root) const
{
    AppPaths::ensure(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(QStringLiteral("truenas.tls"), tr("Cannot write the certificate trust store."),
                           QStringLiteral("%1: %2").arg(m_filePath, file.errorString()));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error::make(QStringLiteral("truenas.tls"), tr("Cannot write the certificate trust store."),
                           QStringLiteral("%1: %2").arg(m_filePath, file.errorString()));
    AppPaths::makePrivate(m_filePath);
    return {};
}

Result<QString> CertificatePins::pinned(const QString& host, int port) const
{
    const auto root = load();
    if (!root)
        return root.error();
    return root->value(kPins).toObject().value(key(host, port)).toObject().value(kSha256).toString();
}

Result<CertificatePins::Verdict> CertificatePins::check(const QString& host, int port,
                                                        const QString& fingerprint) const
{
    const auto current = pinned(host, port);
    if (!current)
        return current.error();
    if (current->isEmpty())
        return Verdict::Unknown;
    return normalize(*current) == normalize(fingerprint) && !normalize(fingerprint).isEmpty()
               ? Verdict::Trusted
               : Verdict::Changed;
}

Status CertificatePins::pin(const QString& host, int port, const QString& fingerprint, const QString& subject)
{
    const QString canonical = normalize(fingerprint);
    if (canonical.isEmpty())
        return Error::make(QStringLiteral("truenas.tls"), tr("Not a SHA-256 certificate fingerprint."),
                           fingerprint);
    auto root = load();
    if (!root)
        return root.error();
    QJsonObject pins = root->value(kPins).toObject();
    QJsonObject entry{{kSha256, canonical},
                      {QStringLiteral("pinnedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (!subject.isEmpty())
        entry.insert(QStringLiteral("subject"), subject);
    pins.insert(key(host, port), entry);
    root->insert(QStringLiteral("version"), 1);
    root->insert(kPins, pins);
    return save(*root);
}

Status CertificatePins::unpin(const QString& host, int port)
{
    auto root = load();
    if (!root)
        return root.error();
    QJsonObject pins = root->value(kPins).toObject();
    pins.remove(key(host, port));
    root->insert(kPins, pins);
    return save(*root);
}

TrustRequest CertificatePins::requestFor(const QString& host, int port,
                                         const QSslCertificate& certificate) const
{
    TrustRequest request;
    request.kind = TrustRequest::Kind::TlsCertificate;
    request.host = host;
    request.port = port;
    request.keyType = keyTypeOf(certificate);
    request.fingerprint = fingerprint(certificate);
    const auto current = pinned(host, port);
    if (current && !current->isEmpty() && normalize(*current) != request.fingerprint)
        request.previousFingerprint = normalize(*current);
    return request;
}

} // namespace mpio
