// TrueNasStorage, the ESXi world's side of the TrueNAS emulation: SendTargets and logins with SCST's access
// rules (truenas-api.md §3.5), CHAP and mutual CHAP, the LUN as ESXi sees it (§8), sessions in
// iscsi.global.sessions, NICs from the applied interface configuration. Driven through the middleware's
// method table (no sockets needed).
#include "TestEnv.h"
#include "app/lab/truenas/TrueNasBackend.h"
#include "app/lab/truenas/TrueNasServer.h"
#include "app/lab/world/Scenario.h"
#include "app/lab/world/StorageSide.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace mpio::lab;

namespace {

const QString kEsx01 = QStringLiteral("iqn.1998-01.com.vmware:esx01-1a2b3c4d");
const QString kEsx02 = QStringLiteral("iqn.1998-01.com.vmware:esx02-5e6f7a8b");
const QString kTarget = QStringLiteral("iqn.2005-10.org.freenas.ctl:esx-ds01");

QJsonObject scenario(const QString& version, bool ha)
{
    auto nic = [](const QString& name, const QString& ip, int prefix, int mtu) {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("ipv4"), ip},
                           {QStringLiteral("prefix"), prefix},
                           {QStringLiteral("mtu"), mtu}};
    };
    return QJsonObject{
        {QStringLiteral("version"), version},
        {QStringLiteral("nics"),
         QJsonArray{nic(QStringLiteral("eno1"), QStringLiteral("192.168.10.5"), 24, 1500),
                    nic(QStringLiteral("enp4s0f0"), QStringLiteral("10.20.10.10"), 29, 9000),
                    nic(QStringLiteral("enp4s0f1"), QStringLiteral("10.20.20.10"), 29, 9000)}},
        {QStringLiteral("pools"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("tank")},
                                                         {QStringLiteral("sizeBytes"), 17592186044416.0},
                                                         {QStringLiteral("freeBytes"), 13194139533312.0},
                                                         {QStringLiteral("slog"), true}}}},
        {QStringLiteral("ha"), ha},
        {QStringLiteral("zvolDeviceDelayMs"), 0},
        {QStringLiteral("timeScale"), 0.01}};
}

LoginRequest request(const QString& iqn, const QString& from, const QString& portal)
{
    LoginRequest r;
    r.initiatorIqn = iqn;
    r.initiatorIp = from;
    r.portalIp = portal;
    r.targetIqn = kTarget;
    return r;
}

} // namespace

class TestTrueNasStorage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TrueNasServer> m_server;
    RpcSession m_session;
    QJsonObject m_lastError;

    // One method call as an authenticated root session; the result, or null with m_lastError set.
    QJsonValue call(const QString& method, const QJsonArray& params = {})
    {
        const RpcReply r = m_server->backend()->call(m_session, method, params, 1);
        m_lastError = r.error ? r.error->toJson() : QJsonObject();
        return r.error ? QJsonValue() : r.result;
    }
    int id(const QJsonValue& v) { return v.toObject().value(QStringLiteral("id")).toInt(); }
    StorageSide* storage() { return m_server->storage(); }

    // The article's configuration: zvol, portal on both storage IPs, initiator group with esx01 only,
    // target, extent, LUN 0, service running.
    void build(const QString& version = QStringLiteral("25.04.2"), bool ha = false)
    {
        m_server = std::make_unique<TrueNasServer>(scenario(version, ha), m_dir.path());
        m_server->backend()->setApiKey(QStringLiteral("1-") + QString(64, QLatin1Char('K')));
        m_session = RpcSession();
        m_session.authenticated = true;
        m_session.username = QStringLiteral("root");
        QVERIFY(!call(QStringLiteral("pool.dataset.create"),
                      {QJsonObject{{QStringLiteral("name"), QStringLiteral("tank/ds01")},
                                   {QStringLiteral("type"), QStringLiteral("VOLUME")},
                                   {QStringLiteral("volsize"), 2199023255552.0}}})
                     .isNull());
        const int portal = id(call(
            QStringLiteral("iscsi.portal.create"),
            {QJsonObject{{QStringLiteral("listen"),
                          QJsonArray{QJsonObject{{QStringLiteral("ip"), QStringLiteral("10.20.10.10")}},
                                     QJsonObject{{QStringLiteral("ip"), QStringLiteral("10.20.20.10")}}}}}}));
        const int group = id(call(QStringLiteral("iscsi.initiator.create"),
                                  {QJsonObject{{QStringLiteral("initiators"), QJsonArray{kEsx01}}}}));
        const int target =
            id(call(QStringLiteral("iscsi.target.create"),
                    {QJsonObject{{QStringLiteral("name"), QStringLiteral("esx-ds01")},
                                 {QStringLiteral("groups"),
                                  QJsonArray{QJsonObject{{QStringLiteral("portal"), portal},
                                                         {QStringLiteral("initiator"), group}}}}}}));
        const int extent =
            id(call(QStringLiteral("iscsi.extent.create"),
                    {QJsonObject{{QStringLiteral("name"), QStringLiteral("ds01")},
                                 {QStringLiteral("disk"), QStringLiteral("zvol/tank/ds01")}}}));
        QVERIFY2(portal && group && target && extent, QJsonDocument(m_lastError).toJson().constData());
        QVERIFY(!call(QStringLiteral("iscsi.targetextent.create"),
                      {QJsonObject{{QStringLiteral("target"), target}, {QStringLiteral("extent"), extent}}})
                     .isNull());
        QVERIFY(call(QStringLiteral("service.start"), {QStringLiteral("iscsitarget")}).toBool());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sendTargetsHonoursInitiatorGroup()
    {
        build();
        const auto found = storage()->sendTargets(kEsx01, QStringLiteral("10.20.10.10"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).first, kTarget);
        // The queried portal first, then the other allowed address.
        QCOMPARE(found.at(0).second,
                 (QStringList{QStringLiteral("10.20.10.10:3260"), QStringLiteral("10.20.20.10:3260")}));
        QCOMPARE(storage()->sendTargets(kEsx01, QStringLiteral("10.20.20.10")).at(0).second.first(),
                 QStringLiteral("10.20.20.10:3260"));
        // Not in the initiator group: the target is not even listed (SCST target_portal_allowed).
        QVERIFY(storage()->sendTargets(kEsx02, QStringLiteral("10.20.10.10")).isEmpty());
        // Not a portal address.
        QVERIFY(storage()->sendTargets(kEsx01, QStringLiteral("192.168.10.5")).isEmpty());
    }

    void loginReturnsTheLunAsEsxiSeesIt()
    {
        build();
        const QString naa = call(QStringLiteral("iscsi.extent.query"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("naa"))
                                .toString();
        const LoginResult r =
            storage()->login(request(kEsx01, QStringLiteral("10.20.10.101"), QStringLiteral("10.20.10.10")));
        QVERIFY2(r.ok, qPrintable(r.reason));
        QCOMPARE(r.luns.size(), 1);
        const StorageLun& lun = r.luns.at(0);
        QCOMPARE(lun.lunId, 0);
        QCOMPARE(lun.naa, QStringLiteral("naa.") + naa.mid(2).toLower());
        QVERIFY(lun.naa.startsWith(QStringLiteral("naa.6589cfc000000")));
        QCOMPARE(lun.naa.size(), 36);
        QCOMPARE(lun.vendor, QStringLiteral("TrueNAS"));
        QCOMPARE(lun.model, QStringLiteral("iSCSI Disk"));
        QCOMPARE(lun.sizeBytes, quint64(2199023255552));
        QCOMPARE(lun.logicalBlockSize, 512);
        QVERIFY(!lun.tpgs); // non-HA: no ALUA (§8)

        const LoginResult denied =
            storage()->login(request(kEsx02, QStringLiteral("10.20.10.102"), QStringLiteral("10.20.10.10")));
        QVERIFY(!denied.ok);
        QCOMPARE(denied.reason, QStringLiteral("authorization failure"));
        LoginRequest wrongTarget =
            request(kEsx01, QStringLiteral("10.20.10.101"), QStringLiteral("10.20.10.10"));
        wrongTarget.targetIqn = kTarget + QStringLiteral("x");
        QCOMPARE(storage()->login(wrongTarget).reason, QStringLiteral("target not found"));
        QCOMPARE(
            storage()
                ->login(request(kEsx01, QStringLiteral("192.168.10.101"), QStringLiteral("192.168.10.5")))
                .reason,
            QStringLiteral("no portal"));
    }

    void sessionsListedAndTargetInUse()
    {
        build();
        QVERIFY(storage()
                    ->login(request(kEsx01, QStringLiteral("10.20.10.101"), QStringLiteral("10.20.10.10")))
                    .ok);
        QVERIFY(storage()
                    ->login(request(kEsx01, QStringLiteral("10.20.20.101"), QStringLiteral("10.20.20.10")))
                    .ok);
        QVERIFY(storage()
                    ->login(request(kEsx01, QStringLiteral("10.20.20.101"), QStringLiteral("10.20.20.10")))
                    .ok); // re-login: same session
        const QJsonArray sessions = call(QStringLiteral("iscsi.global.sessions")).toArray();
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions.at(0).toObject().value(QStringLiteral("initiator")).toString(), kEsx01);
        QCOMPARE(sessions.at(0).toObject().value(QStringLiteral("target")).toString(), kTarget);
        QCOMPARE(sessions.at(1).toObject().value(QStringLiteral("initiator_addr")).toString(),
                 QStringLiteral("10.20.20.101"));
        QCOMPARE(call(QStringLiteral("iscsi.global.client_count")).toInt(), 2);
        // A target with sessions is "in use" unless forced.
        QVERIFY(call(QStringLiteral("iscsi.target.delete"), {1}).isNull());
        QCOMPARE(
            m_lastError.value(QStringLiteral("data")).toObject().value(QStringLiteral("reason")).toString(),
            QStringLiteral("[EBUSY] Target esx-ds01 is in use."));
        storage()->logout(kEsx01, QStringLiteral("10.20.10.10"), kTarget);
        QCOMPARE(call(QStringLiteral("iscsi.global.sessions")).toArray().size(), 1);
        QVERIFY(call(QStringLiteral("iscsi.target.delete"), {1, true}).toBool());
        QCOMPARE(call(QStringLiteral("iscsi.global.sessions")).toArray().size(), 0);
        QVERIFY(storage()->sendTargets(kEsx01, QStringLiteral("10.20.10.10")).isEmpty());
    }

    void chapAndMutualChap()
    {
        build();
        QVERIFY(!call(QStringLiteral("iscsi.auth.create"),
                      {QJsonObject{{QStringLiteral("tag"), 7},
                                   {QStringLiteral("user"), QStringLiteral("esxchap")},
                                   {QStringLiteral("secret"), QStringLiteral("Secret-123456")},
                                   {QStringLiteral("peeruser"), QStringLiteral("truenas")},
                                   {QStringLiteral("peersecret"), QStringLiteral("Mutual-654321")}}})
                     .isNull());
        auto setAuth = [&](const QString& method) {
            return call(QStringLiteral("iscsi.target.update"),
                        {1, QJsonObject{{QStringLiteral("groups"),
                                         QJsonArray{QJsonObject{{QStringLiteral("portal"), 1},
                                                                {QStringLiteral("initiator"), 1},
                                                                {QStringLiteral("authmethod"), method},
                                                                {QStringLiteral("auth"), 7}}}}}});
        };
        QVERIFY(!setAuth(QStringLiteral("CHAP")).isNull());
        LoginRequest r = request(kEsx01, QStringLiteral("10.20.10.101"), QStringLiteral("10.20.10.10"));
        QCOMPARE(storage()->login(r).reason, QStringLiteral("authentication failure")); // no CHAP offered
        r.chapUser = QStringLiteral("esxchap");
        r.chapSecret = QStringLiteral("Secret-12345x");
        QCOMPARE(storage()->login(r).reason, QStringLiteral("authentication failure"));
        r.chapSecret = QStringLiteral("Secret-123456");
        QVERIFY(storage()->login(r).ok);

        QVERIFY(!setAuth(QStringLiteral("CHAP_MUTUAL")).isNull());
        QCOMPARE(storage()->login(r).reason,
                 QStringLiteral("authentication failure")); // target not authenticated
        r.mutualUser = QStringLiteral("truenas");
        r.mutualSecret = QStringLiteral("Mutual-654321");
        QVERIFY(storage()->login(r).ok);
        // The auth tag is in use: its last credential cannot be deleted.
        QVERIFY(call(QStringLiteral("iscsi.auth.delete"), {1}).isNull());
        QVERIFY(m_lastError.value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("esx-ds01")));
        // 12–16 characters; peer secret different from the secret.
        QVERIFY(call(QStringLiteral("iscsi.auth.create"),
                     {QJsonObject{{QStringLiteral("tag"), 8},
                                  {QStringLiteral("user"), QStringLiteral("u")},
                                  {QStringLiteral("secret"), QStringLiteral("Secret-1234567890")}}})
                    .isNull());
        QVERIFY(QJsonDocument(m_lastError).toJson().contains("Secret must be between 12 and 16 characters."));
        QVERIFY(call(QStringLiteral("iscsi.auth.create"),
                     {QJsonObject{{QStringLiteral("tag"), 8},
                                  {QStringLiteral("user"), QStringLiteral("u")},
                                  {QStringLiteral("secret"), QStringLiteral("Secret-123456")},
                                  {QStringLiteral("peeruser"), QStringLiteral("p")},
                                  {QStringLiteral("peersecret"), QStringLiteral("Secret-123456")}}})
                    .isNull());
        QVERIFY(QJsonDocument(m_lastError)
                    .toJson()
                    .contains("The peer secret cannot be the same as user secret."));
    }

    void wildcardPortalAdvertisesEveryAddress()
    {
        build();
        QVERIFY(call(QStringLiteral("iscsi.portal.delete"), {1})
                    .toBool()); // also drops the target's group (§3.2)
        QCOMPARE(call(QStringLiteral("iscsi.target.query"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("groups"))
                     .toArray()
                     .size(),
                 0);
        const int any = id(call(
            QStringLiteral("iscsi.portal.create"),
            {QJsonObject{{QStringLiteral("listen"),
                          QJsonArray{QJsonObject{{QStringLiteral("ip"), QStringLiteral("0.0.0.0")}}}}}}));
        QVERIFY(!call(QStringLiteral("iscsi.target.update"),
                      {1, QJsonObject{{QStringLiteral("groups"),
                                       QJsonArray{QJsonObject{{QStringLiteral("portal"), any}}}}}})
                     .isNull());
        // initiator null = any initiator; 0.0.0.0 = every interface address, management included (dead
        // paths).
        const auto found = storage()->sendTargets(kEsx02, QStringLiteral("10.20.20.10"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).second.first(), QStringLiteral("10.20.20.10:3260"));
        QVERIFY(found.at(0).second.contains(QStringLiteral("192.168.10.5:3260")));
        QCOMPARE(found.at(0).second.size(), 3);
        QVERIFY(storage()
                    ->login(request(kEsx02, QStringLiteral("192.168.10.50"), QStringLiteral("192.168.10.5")))
                    .ok);
    }

    void serviceAndDiscoveryAuth()
    {
        build();
        QVERIFY(storage()->iscsiServiceRunning());
        QVERIFY(call(QStringLiteral("service.stop"), {QStringLiteral("iscsitarget")}).toBool());
        QVERIFY(!storage()->iscsiServiceRunning());
        QVERIFY(storage()->sendTargets(kEsx01, QStringLiteral("10.20.10.10")).isEmpty());
        QCOMPARE(storage()
                     ->login(request(kEsx01, QStringLiteral("10.20.10.101"), QStringLiteral("10.20.10.10")))
                     .reason,
                 QStringLiteral("no portal"));
        QVERIFY(call(QStringLiteral("service.start"), {QStringLiteral("iscsitarget")}).toBool());
        // Global discovery CHAP: SendTargets without credentials finds nothing.
        QVERIFY(!call(QStringLiteral("iscsi.auth.create"),
                      {QJsonObject{{QStringLiteral("tag"), 2},
                                   {QStringLiteral("user"), QStringLiteral("disc")},
                                   {QStringLiteral("secret"), QStringLiteral("Discover-12345")},
                                   {QStringLiteral("discovery_auth"), QStringLiteral("CHAP")}}})
                     .isNull());
        QVERIFY(storage()->sendTargets(kEsx01, QStringLiteral("10.20.10.10")).isEmpty());
        QVERIFY(
            call(QStringLiteral("iscsi.global.update"), {QJsonObject{{QStringLiteral("listen_port"), 3261}}})
                .isObject());
        QCOMPARE(storage()->iscsiPort(), 3261);
        QCOMPARE(call(QStringLiteral("iscsi.portal.query"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("listen"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("port"))
                     .toInt(),
                 3261);
    }

    void nicsFollowTheAppliedConfiguration()
    {
        build();
        QSignalSpy changed(m_server.get(), &TrueNasServer::storageChanged);
        QVERIFY(!call(QStringLiteral("interface.update"),
                      {QStringLiteral("enp4s0f1"), QJsonObject{{QStringLiteral("mtu"), 1500}}})
                     .isNull());
        QCOMPARE(storage()->nics().at(2).mtu, 9000); // staged only
        QVERIFY(call(QStringLiteral("interface.commit"), {QJsonObject{{QStringLiteral("rollback"), false}}})
                    .isNull() &&
                m_lastError.isEmpty());
        const QList<StorageNic> nics = storage()->nics();
        QCOMPARE(nics.size(), 3);
        QCOMPARE(nics.at(2).name, QStringLiteral("enp4s0f1"));
        QCOMPARE(nics.at(2).mtu, 1500);
        QCOMPARE(nics.at(2).ipv4, QStringLiteral("10.20.20.10"));
        QCOMPARE(nics.at(2).prefix, 29);
        QVERIFY(changed.wait(2000)); // queued: the world re-evaluates its paths
        QVERIFY(m_server
                    ->control(
                        QStringLiteral("truenas.link"),
                        {{QStringLiteral("nic"), QStringLiteral("enp4s0f0")}, {QStringLiteral("up"), false}})
                    .value(QStringLiteral("up"))
                    .isBool());
        QVERIFY(!storage()->nics().at(1).linkUp);
        QCOMPARE(
            call(QStringLiteral("interface.query"),
                 {QJsonArray{}, QJsonObject{{QStringLiteral("get"), true}, {QStringLiteral("offset"), 1}}})
                .toObject()
                .value(QStringLiteral("state"))
                .toObject()
                .value(QStringLiteral("link_state"))
                .toString(),
            QStringLiteral("LINK_STATE_DOWN"));
    }

    void haAluaAnd2510ProductId()
    {
        build(QStringLiteral("25.10.1"), true);
        QVERIFY(!call(QStringLiteral("iscsi.global.update"), {QJsonObject{{QStringLiteral("alua"), true}}})
                     .isNull());
        QVERIFY(call(QStringLiteral("iscsi.global.alua_enabled")).toBool());
        QVERIFY(!call(QStringLiteral("iscsi.extent.update"),
                      {1, QJsonObject{{QStringLiteral("product_id"), QStringLiteral("Lab Disk")}}})
                     .isNull());
        const LoginResult r =
            storage()->login(request(kEsx01, QStringLiteral("10.20.10.101"), QStringLiteral("10.20.10.10")));
        QVERIFY(r.ok);
        QVERIFY(r.luns.at(0).tpgs);
        QCOMPARE(r.luns.at(0).model, QStringLiteral("Lab Disk"));
        const QJsonObject pool = call(QStringLiteral("pool.query")).toArray().at(0).toObject();
        QCOMPARE(
            pool.value(QStringLiteral("topology")).toObject().value(QStringLiteral("log")).toArray().size(),
            1); // SLOG
    }

    // Every shipped scenario's "truenas" section starts; already-configured is seeded so that its ESXi hosts
    // find the LUN their scenario says they use.
    void shippedScenariosStart()
    {
        for (const QString& name : Scenario::shippedScenarios()) {
            Scenario sc;
            QString error;
            QVERIFY2(Scenario::fromFile(Scenario::resolve(name), &sc, &error), qPrintable(error));
            QTemporaryDir dir;
            TrueNasServer s(sc.truenas, dir.path());
            QVERIFY2(s.start(&error), qPrintable(name + QStringLiteral(": ") + error));
            if (name != QLatin1String("already-configured")) {
                QVERIFY(s.storage()
                            ->sendTargets(sc.hosts.at(0).iscsi.iqn, QStringLiteral("10.20.10.10"))
                            .isEmpty());
                continue;
            }
            const QString iqn = sc.hosts.at(0).iscsi.iqn;
            const auto found = s.storage()->sendTargets(iqn, QStringLiteral("10.20.10.10"));
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.at(0).first, sc.storage.targetIqn);
            LoginRequest r = request(iqn, QStringLiteral("10.20.10.11"), QStringLiteral("10.20.10.10"));
            r.targetIqn = sc.storage.targetIqn;
            const LoginResult lr = s.storage()->login(r);
            QVERIFY2(lr.ok, qPrintable(lr.reason));
            QCOMPARE(lr.luns.at(0).naa, sc.storage.luns.at(0).naa);
            QCOMPARE(lr.luns.at(0).sizeBytes, sc.storage.luns.at(0).sizeBytes);
        }
    }

    void stateDumpIsDeterministicAndSecretFree()
    {
        build();
        QVERIFY(!call(QStringLiteral("iscsi.auth.create"),
                      {QJsonObject{{QStringLiteral("tag"), 3},
                                   {QStringLiteral("user"), QStringLiteral("u")},
                                   {QStringLiteral("secret"), QStringLiteral("VerySecret-42")}}})
                     .isNull());
        QVERIFY(storage()
                    ->login(request(kEsx01, QStringLiteral("10.20.10.101"), QStringLiteral("10.20.10.10")))
                    .ok);
        const QByteArray a = QJsonDocument(storage()->dumpState()).toJson();
        const QByteArray b = QJsonDocument(storage()->dumpState()).toJson();
        QCOMPARE(a, b);
        QVERIFY(!a.contains("VerySecret-42"));
        QCOMPARE(m_server->apiKey().size(), 66);
        QVERIFY(!a.contains(m_server->apiKey().toLatin1().mid(2, 64)));
        QCOMPARE(storage()->dumpState().value(QStringLiteral("kind")).toString(), QStringLiteral("truenas"));
        QCOMPARE(storage()
                     ->dumpState()
                     .value(QStringLiteral("iscsi"))
                     .toObject()
                     .value(QStringLiteral("sessions"))
                     .toArray()
                     .size(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestTrueNasStorage)
#include "tst_truenas_storage.moc"
