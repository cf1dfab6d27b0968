#include "core/model/SiteJson.h"

#include "core/model/ByteSize.h"
#include "core/model/StrictJsonReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace mpio {

QString toString(AuthMode mode)
{
    switch (mode) {
    case AuthMode::None:
        return QStringLiteral("none");
    case AuthMode::Chap:
        return QStringLiteral("chap");
    case AuthMode::MutualChap:
        return QStringLiteral("mutual-chap");
    }
    return {};
}

QString toString(BindingMode mode)
{
    switch (mode) {
    case BindingMode::Auto:
        return QStringLiteral("auto");
    case BindingMode::Never:
        return QStringLiteral("never");
    case BindingMode::Always:
        return QStringLiteral("always");
    }
    return {};
}

QString toString(InitiatorSource source)
{
    return source == InitiatorSource::Discovered ? QStringLiteral("discovered") : QStringLiteral("listed");
}

namespace {

const char* const kSchema = "mpio-wizard/site";

// Free functions in this file: lupdate files their tr() under the namespace (mpio); SiteJson's members use
// its Q_DECLARE_TR_FUNCTIONS context.
QString tr(const char* text)
{
    return QCoreApplication::translate("mpio", text);
}

// Keys that would hold a secret are refused with a message that says where secrets belong.
void refuseSecrets(const QJsonObject& o, const QString& location, QList<FieldError>* errors)
{
    static const QStringList secretish = {QStringLiteral("password"),   QStringLiteral("apiKey"),
                                          QStringLiteral("api_key"),    QStringLiteral("secret"),
                                          QStringLiteral("peerSecret"), QStringLiteral("chapSecret")};
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (secretish.contains(it.key(), Qt::CaseInsensitive))
            errors->append({location + QLatin1Char('/') + it.key(),
                            tr("secrets do not belong in a profile: remove this field; the wizard keeps "
                               "passwords, API keys and CHAP secrets in the system keychain")});
        if (it.value().isObject())
            refuseSecrets(it.value().toObject(), location + QLatin1Char('/') + it.key(), errors);
        if (it.value().isArray()) {
            const QJsonArray a = it.value().toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                if (a.at(i).isObject())
                    refuseSecrets(a.at(i).toObject(),
                                  location + QLatin1Char('/') + it.key() + QLatin1Char('/') +
                                      QString::number(i),
                                  errors);
        }
    }
}

quint64 readSize(StrictJsonReader& r, const QString& key, quint64 fallback)
{
    const QJsonValue v = r.raw(key);
    if (v.isUndefined())
        return fallback;
    if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() == double(qint64(v.toDouble())))
        return quint64(v.toDouble());
    if (v.isString()) {
        if (const auto size = ByteSize::parse(v.toString()))
            return *size;
    }
    r.fail(key, tr("expected a size such as \"4T\", \"500G\", \"16K\" or a number of bytes"));
    return fallback;
}

template<typename Enum>
Enum readEnum(StrictJsonReader& r, const QString& key, Enum fallback,
              const QList<std::pair<QString, Enum>>& choices)
{
    const QJsonValue v = r.raw(key);
    if (v.isUndefined())
        return fallback;
    QStringList names;
    for (const auto& [name, value] : choices) {
        if (v.isString() && v.toString() == name)
            return value;
        names << QLatin1Char('"') + name + QLatin1Char('"');
    }
    r.fail(key, tr("expected one of %1").arg(names.join(QStringLiteral(", "))));
    return fallback;
}

} // namespace

Result<Site> SiteJson::load(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return Error::make(QStringLiteral("profile.json"),
                           tr("The profile is not valid JSON: %1 at line %2, column %3.")
                               .arg(parseError.errorString())
                               .arg(line)
                               .arg(column));
    }
    if (!doc.isObject())
        return Error::make(QStringLiteral("profile.json"), tr("The profile must be a JSON object."));

    QList<FieldError> errors;
    const QJsonObject root = doc.object();
    refuseSecrets(root, QString(), &errors);

    Site site;
    StrictJsonReader r(root, QString(), &errors);
    const QString schema = r.string(QStringLiteral("schema"), {}, true);
    if (!schema.isEmpty() && schema != QLatin1String(kSchema))
        r.fail(QStringLiteral("schema"), tr("expected \"%1\"").arg(QLatin1String(kSchema)));
    const int version = r.integer(QStringLiteral("version"), 0, true);
    if (version != 0 && version != Site::kSchemaVersion)
        r.fail(QStringLiteral("version"),
               tr("profile version %1 is not supported by this release (it reads version %2); "
                  "update mpio-wizard")
                   .arg(version)
                   .arg(Site::kSchemaVersion));
    site.name = r.string(QStringLiteral("name"));
    site.managementSubnet = r.string(QStringLiteral("managementSubnet"));
    r.object(
        QStringLiteral("truenas"),
        [&](StrictJsonReader& t) {
            site.truenas.name = t.string(QStringLiteral("name"), site.truenas.name);
            site.truenas.host = t.string(QStringLiteral("host"), {}, true);
            site.truenas.port = t.integer(QStringLiteral("port"), site.truenas.port);
            site.truenas.apiUser = t.string(QStringLiteral("apiUser"), site.truenas.apiUser);
            site.truenas.tls = t.boolean(QStringLiteral("tls"), site.truenas.tls);
        },
        true);
    r.objects(
        QStringLiteral("paths"),
        [&](StrictJsonReader& p) {
            PathSpec path;
            path.name = p.string(QStringLiteral("name"), {}, true);
            path.subnet = p.string(QStringLiteral("subnet"), {}, true);
            path.switchName = p.string(QStringLiteral("switch"));
            path.mtu = p.integer(QStringLiteral("mtu"), path.mtu);
            path.truenasNic = p.string(QStringLiteral("truenasNic"), {}, true);
            path.truenasIp = p.string(QStringLiteral("truenasIp"), {}, true);
            site.paths.append(path);
        },
        true);
    r.objects(QStringLiteral("hosts"), [&](StrictJsonReader& h) {
        HostSpec host;
        host.name = h.string(QStringLiteral("name"), {}, true);
        host.address = h.string(QStringLiteral("address"), host.name);
        host.sshPort = h.integer(QStringLiteral("sshPort"), host.sshPort);
        host.user = h.string(QStringLiteral("user"), host.user);
        h.objects(QStringLiteral("paths"), [&](StrictJsonReader& p) {
            HostPathSpec hp;
            hp.path = p.string(QStringLiteral("path"), {}, true);
            hp.vmnic = p.string(QStringLiteral("vmnic"), {}, true);
            hp.vswitch = p.string(QStringLiteral("vswitch"), {}, true);
            hp.portGroup = p.string(QStringLiteral("portGroup"), {}, true);
            hp.vmk = p.string(QStringLiteral("vmk"), {}, true);
            hp.ip = p.string(QStringLiteral("ip"));
            hp.vmkMtu = p.integer(QStringLiteral("vmkMtu"), 0);
            hp.vswitchMtu = p.integer(QStringLiteral("vswitchMtu"), 0);
            host.paths.append(hp);
        });
        site.hosts.append(host);
    });
    r.object(QStringLiteral("storage"), [&](StrictJsonReader& s) {
        site.storage.pool = s.string(QStringLiteral("pool"), site.storage.pool);
        site.storage.zvol = s.string(QStringLiteral("zvol"), site.storage.zvol);
        site.storage.sizeBytes = readSize(s, QStringLiteral("size"), site.storage.sizeBytes);
        site.storage.volblocksize =
            int(readSize(s, QStringLiteral("volblocksize"), site.storage.volblocksize));
        site.storage.compression = s.string(QStringLiteral("compression"), site.storage.compression);
        site.storage.sync = s.string(QStringLiteral("sync"), site.storage.sync);
        site.storage.logicalBlockSize =
            s.integer(QStringLiteral("logicalBlockSize"), site.storage.logicalBlockSize);
        site.storage.forceSize = s.boolean(QStringLiteral("forceSize"), site.storage.forceSize);
    });
    r.object(QStringLiteral("iscsi"), [&](StrictJsonReader& i) {
        site.iscsi.targetName = i.string(QStringLiteral("targetName"), site.iscsi.targetName);
        site.iscsi.basename = i.string(QStringLiteral("basename"));
        site.iscsi.extentName = i.string(QStringLiteral("extentName"), site.iscsi.extentName);
        site.iscsi.initiatorSource =
            readEnum<InitiatorSource>(i, QStringLiteral("initiatorSource"), site.iscsi.initiatorSource,
                                      {{QStringLiteral("discovered"), InitiatorSource::Discovered},
                                       {QStringLiteral("listed"), InitiatorSource::Listed}});
        site.iscsi.initiators = i.stringList(QStringLiteral("initiators"));
        site.iscsi.portalPort = i.integer(QStringLiteral("portalPort"), site.iscsi.portalPort);
        i.object(QStringLiteral("auth"), [&](StrictJsonReader& a) {
            site.iscsi.auth = readEnum<AuthMode>(a, QStringLiteral("mode"), AuthMode::None,
                                                 {{QStringLiteral("none"), AuthMode::None},
                                                  {QStringLiteral("chap"), AuthMode::Chap},
                                                  {QStringLiteral("mutual-chap"), AuthMode::MutualChap}});
            site.iscsi.chapUser = a.string(QStringLiteral("user"));
            site.iscsi.peerUser = a.string(QStringLiteral("peerUser"));
        });
    });
    r.object(QStringLiteral("policy"), [&](StrictJsonReader& p) {
        site.policy.psp = p.string(QStringLiteral("psp"), site.policy.psp);
        site.policy.iops = p.integer(QStringLiteral("iops"), site.policy.iops);
        site.policy.binding = readEnum<BindingMode>(p, QStringLiteral("binding"), site.policy.binding,
                                                    {{QStringLiteral("auto"), BindingMode::Auto},
                                                     {QStringLiteral("never"), BindingMode::Never},
                                                     {QStringLiteral("always"), BindingMode::Always}});
        site.policy.claimRuleSatp = p.string(QStringLiteral("claimRuleSatp"), site.policy.claimRuleSatp);
    });
    r.finish();

    if (!errors.isEmpty()) {
        QStringList lines;
        for (const auto& e : std::as_const(errors))
            lines << e.field + QStringLiteral(": ") + e.message;
        Error error =
            Error::make(QStringLiteral("profile.schema"),
                        QCoreApplication::translate(
                            "mpio::SiteJson", "The profile has %n problem(s); fix them and load it again.",
                            nullptr, int(errors.size())),
                        lines.join(QLatin1Char('\n')));
        error.fields = errors;
        return error;
    }
    return site;
}

Result<Site> SiteJson::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("profile.io"),
                           tr("Cannot read the profile %1: %2.").arg(path, file.errorString()));
    if (file.size() > 4 * 1024 * 1024)
        return Error::make(QStringLiteral("profile.io"), tr("%1 is too large to be a profile.").arg(path));
    return load(file.readAll());
}

QJsonObject SiteJson::toJson(const Site& site)
{
    QJsonObject root{{QStringLiteral("schema"), QLatin1String(kSchema)},
                     {QStringLiteral("version"), Site::kSchemaVersion},
                     {QStringLiteral("name"), site.name}};
    if (!site.managementSubnet.isEmpty())
        root.insert(QStringLiteral("managementSubnet"), site.managementSubnet);
    root.insert(QStringLiteral("truenas"), QJsonObject{{QStringLiteral("name"), site.truenas.name},
                                                       {QStringLiteral("host"), site.truenas.host},
                                                       {QStringLiteral("port"), site.truenas.port},
                                                       {QStringLiteral("apiUser"), site.truenas.apiUser},
                                                       {QStringLiteral("tls"), site.truenas.tls}});
    QJsonArray paths;
    for (const auto& p : site.paths)
        paths.append(QJsonObject{{QStringLiteral("name"), p.name},
                                 {QStringLiteral("subnet"), p.subnet},
                                 {QStringLiteral("switch"), p.switchName},
                                 {QStringLiteral("mtu"), p.mtu},
                                 {QStringLiteral("truenasNic"), p.truenasNic},
                                 {QStringLiteral("truenasIp"), p.truenasIp}});
    root.insert(QStringLiteral("paths"), paths);
    QJsonArray hosts;
    for (const auto& h : site.hosts) {
        QJsonArray hp;
        for (const auto& p : h.paths) {
            QJsonObject o{{QStringLiteral("path"), p.path},       {QStringLiteral("vmnic"), p.vmnic},
                          {QStringLiteral("vswitch"), p.vswitch}, {QStringLiteral("portGroup"), p.portGroup},
                          {QStringLiteral("vmk"), p.vmk},         {QStringLiteral("ip"), p.ip}};
            if (p.vmkMtu)
                o.insert(QStringLiteral("vmkMtu"), p.vmkMtu);
            if (p.vswitchMtu)
                o.insert(QStringLiteral("vswitchMtu"), p.vswitchMtu);
            hp.append(o);
        }
        hosts.append(QJsonObject{{QStringLiteral("name"), h.name},
                                 {QStringLiteral("address"), h.address},
                                 {QStringLiteral("sshPort"), h.sshPort},
                                 {QStringLiteral("user"), h.user},
                                 {QStringLiteral("paths"), hp}});
    }
    root.insert(QStringLiteral("hosts"), hosts);
    root.insert(
        QStringLiteral("storage"),
        QJsonObject{{QStringLiteral("pool"), site.storage.pool},
                    {QStringLiteral("zvol"), site.storage.zvol},
                    {QStringLiteral("size"), ByteSize::format(site.storage.sizeBytes)},
                    {QStringLiteral("volblocksize"), ByteSize::format(quint64(site.storage.volblocksize))},
                    {QStringLiteral("compression"), site.storage.compression},
                    {QStringLiteral("sync"), site.storage.sync},
                    {QStringLiteral("logicalBlockSize"), site.storage.logicalBlockSize},
                    {QStringLiteral("forceSize"), site.storage.forceSize}});
    root.insert(QStringLiteral("iscsi"),
                QJsonObject{{QStringLiteral("targetName"), site.iscsi.targetName},
                            {QStringLiteral("basename"), site.iscsi.basename},
                            {QStringLiteral("extentName"), site.iscsi.extentName},
                            {QStringLiteral("initiatorSource"), toString(site.iscsi.initiatorSource)},
                            {QStringLiteral("initiators"), QJsonArray::fromStringList(site.iscsi.initiators)},
                            {QStringLiteral("portalPort"), site.iscsi.portalPort},
                            {QStringLiteral("auth"),
                             QJsonObject{{QStringLiteral("mode"), toString(site.iscsi.auth)},
                                         {QStringLiteral("user"), site.iscsi.chapUser},
                                         {QStringLiteral("peerUser"), site.iscsi.peerUser}}}});
    root.insert(QStringLiteral("policy"),
                QJsonObject{{QStringLiteral("psp"), site.policy.psp},
                            {QStringLiteral("iops"), site.policy.iops},
                            {QStringLiteral("binding"), toString(site.policy.binding)},
                            {QStringLiteral("claimRuleSatp"), site.policy.claimRuleSatp}});
    return root;
}

QByteArray SiteJson::save(const Site& site)
{
    return QJsonDocument(toJson(site)).toJson(QJsonDocument::Indented);
}

Status SiteJson::saveFile(const Site& site, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(save(site)) < 0 || !file.commit())
        return Error::make(QStringLiteral("profile.io"),
                           tr("Cannot save the profile to %1: %2.").arg(path, file.errorString()));
    return {};
}

} // namespace mpio
