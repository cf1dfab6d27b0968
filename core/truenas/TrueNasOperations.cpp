#include "core/truenas/TrueNasOperations.h"

#include "core/model/ByteSize.h"
#include "core/truenas/TrueNasQuery.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace mpio {

namespace {

// Free functions in this file: lupdate files their tr() under the namespace (mpio); members use their
// class's Q_DECLARE_TR_FUNCTIONS context.
QString tr(const char* text)
{
    return QCoreApplication::translate("mpio", text);
}

Error refuse(const QString& ruleId, const QString& message, const QString& field = {})
{
    Error e = Error::make(QStringLiteral("truenas.operation"), message, ruleId);
    if (!field.isEmpty())
        e.fields.append({field, message});
    return e;
}

QJsonArray aliasesJson(const QList<TrueNasSnapshot::Address>& aliases)
{
    QJsonArray out;
    for (const auto& a : aliases)
        out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("INET")},
                               {QStringLiteral("address"), a.address},
                               {QStringLiteral("netmask"), a.prefix}});
    return out;
}

QJsonArray filter(const QString& field, const QJsonValue& value)
{
    return TrueNasQuery::where(field, value);
}

std::optional<qint64> blockSizeBytes(const QString& volblocksize)
{
    const auto bytes = ByteSize::parse(QString(volblocksize).remove(QLatin1Char('B')));
    if (!bytes || *bytes == 0)
        return std::nullopt;
    return qint64(*bytes);
}

QString ref(const QJsonValue& v)
{
    if (v.isObject())
        return tr("(created by %1)").arg(v.toObject().value(QStringLiteral("$step")).toString());
    return QString::number(v.toInt());
}

} // namespace

Result<TrueNasOperation> TrueNasOperations::interfaceChange(const TrueNasSnapshot& snapshot,
                                                            const QString& nicName, int mtu,
                                                            const QList<TrueNasSnapshot::Address>& aliases,
                                                            int checkinTimeoutSeconds)
{
    const TrueNasSnapshot::Nic* nic = snapshot.nic(nicName);
    if (!nic)
        return refuse(QString(), tr("TrueNAS has no interface %1.").arg(nicName),
                      QStringLiteral("truenasNic"));
    // TN-NET-CHECKIN: reconfiguring the interface that carries the API connection can cut the wizard off in
    // the middle of the commit → checkin protocol (and the management access of the user).
    if (nic->carriesApi || nicName == snapshot.apiInterface)
        return refuse(
            QStringLiteral("TN-NET-CHECKIN"),
            tr("%1 carries the connection to TrueNAS; mpio-wizard does not change it. Use a storage "
               "interface for the iSCSI path, or change %1 by hand.")
                .arg(nicName),
            QStringLiteral("truenasNic"));
    if (snapshot.apiInterface.isEmpty())
        return refuse(
            QStringLiteral("TN-NET-CHECKIN"),
            tr("Discovery could not tell which interface carries the API connection, so no interface is "
               "changed automatically."),
            QStringLiteral("truenasNic"));
    if (mtu < 68 || mtu > 9216)
        return refuse(QString(), tr("MTU %1 is outside 68–9216.").arg(mtu), QStringLiteral("mtu"));
    if (aliases.isEmpty())
        return refuse(QString(), tr("A storage interface needs a static address."),
                      QStringLiteral("truenasIp"));
    if (checkinTimeoutSeconds < 10)
        return refuse(QStringLiteral("TN-NET-CHECKIN"),
                      tr("The rollback timeout must leave time to verify (≥ 10 s)."));

    QStringList addressText;
    for (const auto& a : aliases)
        addressText.append(QStringLiteral("%1/%2").arg(a.address).arg(a.prefix));
    TrueNasOperation op;
    op.id = nicId(nicName);
    op.description = tr("Set %1 to MTU %2 with static %3 (commit with %4 s rollback, verify, check in)")
                         .arg(nicName)
                         .arg(mtu)
                         .arg(addressText.join(QStringLiteral(", ")))
                         .arg(checkinTimeoutSeconds);
    op.method = QStringLiteral("interface.update");
    op.params = {nicName, QJsonObject{{QStringLiteral("ipv4_dhcp"), false},
                                      {QStringLiteral("aliases"), aliasesJson(aliases)},
                                      {QStringLiteral("mtu"), mtu}}};
    op.flow = TrueNasOperation::Flow::InterfaceChange;
    op.undoMethod = QStringLiteral("interface.update");
    op.undoParams = {nicName,
                     QJsonObject{{QStringLiteral("ipv4_dhcp"), nic->dhcp},
                                 {QStringLiteral("aliases"), aliasesJson(nic->staticAliases)},
                                 {QStringLiteral("mtu"),
                                  nic->configuredMtu > 0 ? QJsonValue(nic->configuredMtu) : QJsonValue()}}};
    op.undoFlow = TrueNasOperation::Flow::InterfaceChange;
    op.verifyMethod = QStringLiteral("interface.query");
    op.verifyParams = filter(QStringLiteral("name"), nicName);
    op.verifyExpect =
        QJsonObject{{QStringLiteral("mtu"), mtu}, {QStringLiteral("aliases"), aliasesJson(aliases)}};
    op.ruleId = QStringLiteral("TN-NET-CHECKIN");
    op.checkinTimeoutSeconds = checkinTimeoutSeconds;
    return op;
}

Result<TrueNasOperation> TrueNasOperations::zvolCreate(const QString& name, qint64 volsize,
                                                       const QString& volblocksize,
                                                       const QString& compression, const QString& sync,
                                                       bool sparse)
{
    if (!name.contains(QLatin1Char('/')) || name.size() > 200 || name.endsWith(QLatin1Char(' ')))
        return refuse(QString(), tr("“%1” is not a zvol path below a pool (pool/…).").arg(name),
                      QStringLiteral("zvol"));
    const auto block = blockSizeBytes(volblocksize);
    if (!block)
        return refuse(QStringLiteral("TN-ZVOL"), tr("“%1” is not a volume block size.").arg(volblocksize),
                      QStringLiteral("volblocksize"));
    if (volsize <= 0 || volsize % *block != 0)
        return refuse(
            QStringLiteral("TN-ZVOL"),
            tr("The zvol size must be a positive multiple of the volume block size (%1).").arg(volblocksize),
            QStringLiteral("volsize"));
    TrueNasOperation op;
    op.id = zvolId();
    op.description = tr("Create zvol %1 (%2, volblocksize %3, %4, sync %5%6)")
                         .arg(name, ByteSize::format(quint64(volsize)), volblocksize.toUpper(), compression,
                              sync, sparse ? tr(", thin") : QString());
    op.method = QStringLiteral("pool.dataset.create");
    op.params = {QJsonObject{{QStringLiteral("name"), name},
                             {QStringLiteral("type"), QStringLiteral("VOLUME")},
                             {QStringLiteral("volsize"), volsize},
                             {QStringLiteral("volblocksize"), volblocksize.toUpper()},
                             {QStringLiteral("sparse"), sparse},
                             {QStringLiteral("compression"), compression},
                             {QStringLiteral("sync"), sync}}};
    op.flow = TrueNasOperation::Flow::ZvolCreate;
    op.undoMethod = QStringLiteral("pool.dataset.delete");
    op.undoParams = {name, QJsonObject{{QStringLiteral("recursive"), false}}};
    op.verifyMethod = QStringLiteral("pool.dataset.query");
    op.verifyParams = filter(QStringLiteral("id"), name);
    op.verifyExpect = QJsonObject{{QStringLiteral("type"), QStringLiteral("VOLUME")}};
    op.ruleId = QStringLiteral("TN-ZVOL");
    return op;
}

Result<TrueNasOperation> TrueNasOperations::portal(const QStringList& ips, const QString& comment)
{
    if (ips.isEmpty())
        return refuse(QStringLiteral("TN-ONE-PORTAL"), tr("The portal needs the IP of every path."),
                      QStringLiteral("truenasIp"));
    QJsonArray listen;
    for (const QString& ip : ips) {
        const QHostAddress address(ip);
        // A wildcard portal makes SendTargets advertise every interface address (dead paths in ESXi, §3.5).
        if (address.isNull() || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6 ||
            ip == QLatin1String("0.0.0.0") || ip == QLatin1String("::"))
            return refuse(
                QStringLiteral("TN-ONE-PORTAL"),
                tr("“%1” cannot be a portal address: list the path IPs explicitly, never 0.0.0.0.").arg(ip),
                QStringLiteral("truenasIp"));
        if (ips.count(ip) > 1)
            return refuse(QStringLiteral("TN-ONE-PORTAL"), tr("%1 is listed twice.").arg(ip),
                          QStringLiteral("truenasIp"));
        listen.append(QJsonObject{{QStringLiteral("ip"), ip}});
    }
    TrueNasOperation op;
    op.id = portalId();
    op.description = tr("Create ONE iSCSI portal listening on %1").arg(ips.join(QStringLiteral(", ")));
    op.method = QStringLiteral("iscsi.portal.create");
    op.params = {QJsonObject{{QStringLiteral("listen"), listen}, {QStringLiteral("comment"), comment}}};
    op.undoMethod = QStringLiteral("iscsi.portal.delete");
    op.undoParams = {TrueNasOperation::fact(QStringLiteral("/after/id"))};
    op.verifyMethod = QStringLiteral("iscsi.portal.query");
    op.verifyParams = filter(QStringLiteral("listen.*.ip"), ips.first());
    op.ruleId = QStringLiteral("TN-ONE-PORTAL");
    return op;
}

Result<TrueNasOperation> TrueNasOperations::initiatorGroup(const QStringList& iqns, const QString& comment)
{
    if (iqns.isEmpty())
        return refuse(
            QStringLiteral("TN-INITIATORS"),
            tr("The initiator group needs the ESXi hosts' IQNs (an empty group admits every initiator)."),
            QStringLiteral("initiators"));
    for (const QString& iqn : iqns)
        if (iqn.contains(QLatin1Char(' ')) || !iqn.startsWith(QLatin1String("iqn.")))
            return refuse(QStringLiteral("TN-INITIATORS"), tr("“%1” is not an IQN.").arg(iqn),
                          QStringLiteral("initiators"));
    TrueNasOperation op;
    op.id = initiatorId();
    op.description =
        tr("Create the initiator group %1 with %2").arg(comment, iqns.join(QStringLiteral(", ")));
    op.method = QStringLiteral("iscsi.initiator.create");
    op.params = {QJsonObject{{QStringLiteral("initiators"), QJsonArray::fromStringList(iqns)},
                             {QStringLiteral("comment"), comment}}};
    op.undoMethod = QStringLiteral("iscsi.initiator.delete");
    op.undoParams = {TrueNasOperation::fact(QStringLiteral("/after/id"))};
    op.verifyMethod = QStringLiteral("iscsi.initiator.query");
    op.verifyParams = filter(QStringLiteral("comment"), comment);
    op.verifyExpect = QJsonObject{{QStringLiteral("initiators"), QJsonArray::fromStringList(iqns)}};
    op.ruleId = QStringLiteral("TN-INITIATORS");
    return op;
}

Result<TrueNasOperation> TrueNasOperations::chapAuth(int tag, const QString& user, const QString& secretRef,
                                                     const QString& peerUser, const QString& peerSecretRef)
{
    if (tag <= 0 || user.isEmpty())
        return refuse(QStringLiteral("TN-CHAP-BOTH-SIDES"), tr("CHAP needs a tag and a user name."),
                      QStringLiteral("chapUser"));
    if (!secretRef.startsWith(QLatin1String("keychain:")) ||
        (!peerUser.isEmpty() && !peerSecretRef.startsWith(QLatin1String("keychain:"))))
        return refuse(QStringLiteral("TN-CHAP-BOTH-SIDES"),
                      tr("CHAP secrets must come from the keychain (keychain:…), never inline in a plan."),
                      QStringLiteral("chapSecret"));
    QJsonObject data{
        {QStringLiteral("tag"), tag}, {QStringLiteral("user"), user}, {QStringLiteral("secret"), secretRef}};
    QStringList sensitive{QStringLiteral("/params/0/secret")};
    if (!peerUser.isEmpty()) {
        data.insert(QStringLiteral("peeruser"), peerUser);
        data.insert(QStringLiteral("peersecret"), peerSecretRef);
        sensitive.append(QStringLiteral("/params/0/peersecret"));
    }
    TrueNasOperation op;
    op.id = authId();
    op.description =
        peerUser.isEmpty()
            ? tr("Create CHAP credential tag %1 for user %2").arg(tag).arg(user)
            : tr("Create mutual CHAP credential tag %1 for %2 / peer %3").arg(tag).arg(user, peerUser);
    op.method = QStringLiteral("iscsi.auth.create");
    op.params = {data};
    op.sensitive = sensitive;
    op.undoMethod = QStringLiteral("iscsi.auth.delete");
    op.undoParams = {TrueNasOperation::fact(QStringLiteral("/after/id"))};
    op.verifyMethod = QStringLiteral("iscsi.auth.query");
    op.verifyParams =
        TrueNasQuery::params({TrueNasQuery::filter(QStringLiteral("tag"), QStringLiteral("="), tag),
                              TrueNasQuery::filter(QStringLiteral("user"), QStringLiteral("="), user)});
    op.ruleId = QStringLiteral("TN-CHAP-BOTH-SIDES");
    return op;
}

Result<TrueNasOperation> TrueNasOperations::target(const QString& name, const QJsonValue& portalId,
                                                   const QJsonValue& initiatorId, const QString& authMethod,
                                                   int authTag)
{
    static const QRegularExpression valid(QStringLiteral("^[-a-z0-9\\.:]+$"));
    if (name.size() > 120 || !valid.match(name).hasMatch())
        return refuse(QString(),
                      tr("Target name “%1”: only lowercase letters, digits, dot, dash and colon, at most 120 "
                         "characters (it is the part after the basename).")
                          .arg(name),
                      QStringLiteral("targetName"));
    if (authMethod != QLatin1String("NONE") && authMethod != QLatin1String("CHAP") &&
        authMethod != QLatin1String("CHAP_MUTUAL"))
        return refuse(QString(), tr("Unknown authentication method %1.").arg(authMethod),
                      QStringLiteral("authMode"));
    if (authMethod != QLatin1String("NONE") && authTag <= 0)
        return refuse(QStringLiteral("TN-CHAP-BOTH-SIDES"), tr("CHAP needs the tag of a CHAP credential."),
                      QStringLiteral("authMode"));
    TrueNasOperation op;
    op.id = targetId();
    op.description = tr("Create target %1 on portal %2 for initiator group %3 (%4)")
                         .arg(name, ref(portalId), ref(initiatorId), authMethod);
    op.method = QStringLiteral("iscsi.target.create");
    op.params = {QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("alias"), QJsonValue()},
        {QStringLiteral("mode"), QStringLiteral("ISCSI")},
        {QStringLiteral("groups"),
         QJsonArray{QJsonObject{{QStringLiteral("portal"), portalId},
                                {QStringLiteral("initiator"), initiatorId},
                                {QStringLiteral("authmethod"), authMethod},
                                {QStringLiteral("auth"), authTag > 0 ? QJsonValue(authTag) : QJsonValue()}}}},
        {QStringLiteral("auth_networks"), QJsonArray{}}}};
    op.undoMethod = QStringLiteral("iscsi.target.delete");
    op.undoParams = {TrueNasOperation::fact(QStringLiteral("/after/id"))};
    op.verifyMethod = QStringLiteral("iscsi.target.query");
    op.verifyParams = filter(QStringLiteral("name"), name);
    op.ruleId = QStringLiteral("TN-INITIATORS");
    return op;
}

Result<TrueNasOperation> TrueNasOperations::extent(const QString& name, const QString& zvol,
                                                   const ApiVersion& version, const QString& comment,
                                                   const QString& productId)
{
    if (name.isEmpty() || name.size() > 64 || name.contains(QLatin1Char('"')))
        return refuse(QString(), tr("Extent name “%1”: 1–64 characters, no quotes.").arg(name),
                      QStringLiteral("extentName"));
    if (!zvol.contains(QLatin1Char('/')))
        return refuse(QString(), tr("“%1” is not a zvol path.").arg(zvol), QStringLiteral("zvol"));
    if (!productId.isEmpty() && !version.hasExtentProductId())
        return refuse(QString(),
                      tr("TrueNAS %1 has no extent product id (it came with 25.10).").arg(version.text()),
                      QStringLiteral("productId"));
    // The web UI's VMware preset (§3, §8): 512-byte logical blocks for VMFS, XCOPY on, SSD.
    QJsonObject data{{QStringLiteral("name"), name},
                     {QStringLiteral("type"), QStringLiteral("DISK")},
                     {QStringLiteral("disk"), QString(QStringLiteral("zvol/") + zvol)},
                     {QStringLiteral("blocksize"), 512},
                     {QStringLiteral("pblocksize"), false},
                     {QStringLiteral("insecure_tpc"), true},
                     {QStringLiteral("xen"), false},
                     {QStringLiteral("rpm"), QStringLiteral("SSD")},
                     {QStringLiteral("ro"), false},
                     {QStringLiteral("enabled"), true},
                     {QStringLiteral("comment"), comment}};
    if (!productId.isEmpty())
        data.insert(QStringLiteral("product_id"), productId);
    TrueNasOperation op;
    op.id = extentId();
    op.description =
        tr("Create extent %1 on zvol/%2 with 512-byte logical blocks (VMware preset)").arg(name, zvol);
    op.method = QStringLiteral("iscsi.extent.create");
    op.params = {data};
    op.undoMethod = QStringLiteral("iscsi.extent.delete");
    op.undoParams = {TrueNasOperation::fact(QStringLiteral("/after/id")), false, false};
    op.verifyMethod = QStringLiteral("iscsi.extent.query");
    op.verifyParams = filter(QStringLiteral("name"), name);
    op.verifyExpect = QJsonObject{{QStringLiteral("blocksize"), 512}};
    op.ruleId = QStringLiteral("TN-ZVOL");
    return op;
}

Result<TrueNasOperation> TrueNasOperations::targetExtent(const QJsonValue& targetIdValue,
                                                         const QJsonValue& extentIdValue, int lunId)
{
    if (lunId < 0 || lunId > 16382)
        return refuse(QString(), tr("LUN %1 is outside 0–16382.").arg(lunId), QStringLiteral("lun"));
    TrueNasOperation op;
    op.id = targetExtentId();
    op.description =
        tr("Map extent %1 as LUN %2 of target %3").arg(ref(extentIdValue)).arg(lunId).arg(ref(targetIdValue));
    op.method = QStringLiteral("iscsi.targetextent.create");
    op.params = {QJsonObject{{QStringLiteral("target"), targetIdValue},
                             {QStringLiteral("extent"), extentIdValue},
                             {QStringLiteral("lunid"), lunId}}};
    op.undoMethod = QStringLiteral("iscsi.targetextent.delete");
    op.undoParams = {TrueNasOperation::fact(QStringLiteral("/after/id"))};
    op.verifyMethod = QStringLiteral("iscsi.targetextent.query");
    op.verifyParams = TrueNasQuery::params(
        {TrueNasQuery::filter(QStringLiteral("target"), QStringLiteral("="), targetIdValue),
         TrueNasQuery::filter(QStringLiteral("extent"), QStringLiteral("="), extentIdValue)});
    return op;
}

Result<QList<TrueNasOperation>> TrueNasOperations::serviceEnableStart(const ApiVersion& version,
                                                                      bool wasEnabled, bool wasRunning)
{
    if (!version.isSupported())
        return refuse(QStringLiteral("TN-SERVICE"), tr("Unknown TrueNAS version: connect first."));
    QList<TrueNasOperation> ops;
    TrueNasOperation enable;
    enable.id = QStringLiteral("truenas/service/enable");
    enable.description = tr("Start the iSCSI service (iscsitarget) at boot");
    enable.method = QStringLiteral("service.update");
    enable.params = {QStringLiteral("iscsitarget"), QJsonObject{{QStringLiteral("enable"), true}}};
    enable.undoMethod = QStringLiteral("service.update");
    enable.undoParams = {QStringLiteral("iscsitarget"), QJsonObject{{QStringLiteral("enable"), wasEnabled}}};
    enable.verifyMethod = QStringLiteral("service.query");
    enable.verifyParams = filter(QStringLiteral("service"), QStringLiteral("iscsitarget"));
    enable.verifyExpect = QJsonObject{{QStringLiteral("enable"), true}};
    enable.ruleId = QStringLiteral("TN-SERVICE");
    ops.append(enable);

    TrueNasOperation start;
    start.id = QStringLiteral("truenas/service/start");
    start.ruleId = QStringLiteral("TN-SERVICE");
    start.verifyMethod = QStringLiteral("service.query");
    start.verifyParams = filter(QStringLiteral("service"), QStringLiteral("iscsitarget"));
    start.verifyExpect = QJsonObject{{QStringLiteral("state"), QStringLiteral("RUNNING")}};
    const QJsonObject options{{QStringLiteral("silent"), false}}; // failures come back with the logs (§3.8)
    if (version.hasServiceControl()) {
        start.description = tr("Start the iSCSI service now (service.control START, a job)");
        start.method = QStringLiteral("service.control");
        start.params = {QStringLiteral("START"), QStringLiteral("iscsitarget"), options};
        start.flow = TrueNasOperation::Flow::Job;
        start.undoMethod = QStringLiteral("service.control");
        start.undoParams = {QStringLiteral("STOP"), QStringLiteral("iscsitarget"), options};
        start.undoFlow = TrueNasOperation::Flow::Job;
    } else {
        start.description = tr("Start the iSCSI service now (service.start)");
        start.method = QStringLiteral("service.start");
        start.params = {QStringLiteral("iscsitarget"), options};
        start.undoMethod = QStringLiteral("service.stop");
        start.undoParams = {QStringLiteral("iscsitarget"), options};
    }
    if (wasRunning) {
        start.undoMethod.clear();
        start.undoParams = {};
        start.undoNote = tr("The service was already running before; it stays running.");
    }
    ops.append(start);
    return ops;
}

} // namespace mpio
