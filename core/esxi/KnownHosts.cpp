#include "core/esxi/KnownHosts.h"

#include "core/common/AppPaths.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace mpio::esxi {

namespace {

// Free functions in this file: lupdate files their tr() under the namespace (mpio::esxi); members use their
// class's Q_DECLARE_TR_FUNCTIONS context.
QString tr(const char* text)
{
    return QCoreApplication::translate("mpio::esxi", text);
}

QString keyOf(const QString& host, int port)
{
    return host.toLower() + QLatin1Char(':') + QString::number(port);
}

Result<QJsonObject> load(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return QJsonObject{};
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("ssh.known-hosts"),
                           tr("Cannot read the SSH trust store %1.").arg(path), f.errorString());
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        return Error::make(
            QStringLiteral("ssh.known-hosts"),
            tr("The SSH trust store %1 is damaged; it holds your trust decisions, so it was not "
               "replaced. Fix or remove it by hand.")
                .arg(path),
            pe.errorString());
    return doc.object();
}

Status save(const QString& path, const QJsonObject& root)
{
    AppPaths::ensure(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    const QByteArray bytes = QJsonDocument(root).toJson();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error::make(QStringLiteral("ssh.known-hosts"),
                           tr("Cannot write the SSH trust store %1.").arg(path), f.errorString());
    AppPaths::makePrivate(path);
    return {};
}

} // namespace

KnownHosts::KnownHosts(QString filePath)
    : m_filePath(filePath.isEmpty() ? AppPaths::trustDir() + QStringLiteral("/ssh_known_hosts.json")
                                    : std::move(filePath))
{}

Result<QString> KnownHosts::fingerprint(const QString& host, int port) const
{
    const auto root = load(m_filePath);
    if (!root)
        return root.error();
    return root->value(keyOf(host, port)).toObject().value(QStringLiteral("fingerprint")).toString();
}

Result<KnownHosts::Verdict> KnownHosts::check(const QString& host, int port, const QString& fingerprint) const
{
    const auto known = this->fingerprint(host, port);
    if (!known)
        return known.error();
    if (known->isEmpty())
        return Verdict::Unknown;
    return *known == fingerprint ? Verdict::Trusted : Verdict::Changed;
}

Status KnownHosts::trust(const QString& host, int port, const QString& keyType, const QString& fingerprint)
{
    auto root = load(m_filePath);
    if (!root)
        return root.error();
    root->insert(keyOf(host, port), QJsonObject{{QStringLiteral("keyType"), keyType},
                                                {QStringLiteral("fingerprint"), fingerprint},
                                                {QStringLiteral("trustedAt"),
                                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    return save(m_filePath, *root);
}

Status KnownHosts::forget(const QString& host, int port)
{
    auto root = load(m_filePath);
    if (!root)
        return root.error();
    root->remove(keyOf(host, port));
    return save(m_filePath, *root);
}

} // namespace mpio::esxi
