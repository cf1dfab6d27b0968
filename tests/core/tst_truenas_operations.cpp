// TrueNasDiscovery, TrueNasSnapshot(Json), TrueNasOperations and TrueNasOperationRunner against the TLS test
// peer (TrueNasTestPeer.h): the article's TrueNAS sequence applied, verified and undone on 25.04 and 25.10.

#include "TestEnv.h"
#include "TrueNasTestPeer.h"

#include "core/common/AppPaths.h"
#include "core/credentials/MemoryCredentialStore.h"
#include "core/log/Log.h"
#include "core/truenas/TrueNasClient.h"
#include "core/truenas/TrueNasDiscovery.h"
#include "core/truenas/TrueNasOperationRunner.h"
#include "core/truenas/TrueNasOperations.h"
#include "core/truenas/TrueNasSnapshotJson.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace mpio;
using mpio::test::TrueNasTestPeer;

namespace {

template<typename T> QByteArray why(const Result<T>& r)
{
    return r.ok() ? QByteArray("ok") : r.error().toString().toUtf8();
}

const QString kEsx01 = QStringLiteral("iqn.1998-01.com.vmware:esx01-1a2b3c4d");
const QString kEsx02 = QStringLiteral("iqn.1998-01.com.vmware:esx02-5e6f7a8b");
const QString kChapRef = QStringLiteral("keychain:mpio-wizard/chap/127.0.0.1/esx-chap");
const QString kChapSecret = QStringLiteral("Chap-Secret-14");

} // namespace

class TestTrueNasOperations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TrueNasTestPeer> m_peer;
    std::unique_ptr<TrueNasClient> m_client;

    bool connectClient()
    {
        m_client = std::make_unique<TrueNasClient>();
        TrueNasClient::Options o;
        o.url = *TrueNasClient::endpointUrl(m_peer->hostPort());
        o.apiUser = m_peer->apiUser;
        o.apiKey = m_peer->apiKey;
        o.pinFile = m_dir.filePath(QStringLiteral("pins.json"));
        o.trustOnFirstUse = true;
        o.callTimeoutMs = 5000;
        m_client->setOptions(o);
        std::optional<Status> status;
        m_client->connectToServer([&](Status s) { status = s; });
        if (!QTest::qWaitFor([&] { return status.has_value(); }, 15000))
            return false;
        return status->ok();
    }

    Result<TrueNasSnapshot> discover()
    {
        TrueNasDiscovery discovery(m_client.get());
        QSignalSpy finished(&discovery, &TrueNasDiscovery::finished);
        discovery.start();
        if (!finished.wait(10000))
            return Error::make(QStringLiteral("test"), QStringLiteral("discovery did not finish"));
        return discovery.result();
    }

    Result<QJsonObject> runApply(TrueNasOperationRunner& runner, const TrueNasOperation& op)
    {
        std::optional<Result<QJsonObject>> out;
        runner.apply(op, [&](Result<QJsonObject> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 15000))
            return Error::make(QStringLiteral("test"),
                               QStringLiteral("apply of %1 did not finish").arg(op.id));
        return *out;
    }

    Result<QJsonObject> runUndo(TrueNasOperationRunner& runner, const TrueNasOperation& op,
                                const QJsonObject& facts)
    {
        std::optional<Result<QJsonObject>> out;
        runner.undo(op, facts, [&](Result<QJsonObject> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 15000))
            return Error::make(QStringLiteral("test"),
                               QStringLiteral("undo of %1 did not finish").arg(op.id));
        return *out;
    }

    Result<QJsonObject> runVerify(TrueNasOperationRunner& runner, const TrueNasOperation& op)
    {
        std::optional<Result<QJsonObject>> out;
        runner.verify(op, [&](Result<QJsonObject> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 15000))
            return Error::make(QStringLiteral("test"),
                               QStringLiteral("verify of %1 did not finish").arg(op.id));
        return *out;
    }

    QJsonArray peerState(const char* collection) const
    {
        return m_peer->state.value(QLatin1String(collection));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        AppPaths::setStateDir(m_dir.filePath(QStringLiteral("state")));
        Log::initForTests();
    }

    void init()
    {
        m_peer = std::make_unique<TrueNasTestPeer>(m_dir.path());
        QVERIFY(m_peer->start());
    }

    void cleanup()
    {
        m_client.reset();
        m_peer.reset();
    }

    void discoversTheSystem()
    {
        // Existing CHAP entry with a secret: it must not reach the snapshot.
        m_peer->state.insert(
            QStringLiteral("iscsi.auth"),
            QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                                   {QStringLiteral("tag"), 1},
                                   {QStringLiteral("user"), QStringLiteral("old-chap")},
                                   {QStringLiteral("secret"), QStringLiteral("OldSecret-1234")},
                                   {QStringLiteral("peeruser"), QString()},
                                   {QStringLiteral("peersecret"), QString()},
                                   {QStringLiteral("discovery_auth"), QStringLiteral("NONE")}}});
        m_peer->answerDelayMs = 30;
        QVERIFY(connectClient());
        QElapsedTimer t;
        t.start();
        const auto snap = discover();
        const qint64 elapsed = t.elapsed();
        QVERIFY2(snap.ok(), why(snap).constData());
        // 15 calls at 30 ms each: sequential would take ≥ 450 ms; with 10 in flight two rounds suffice.
        QCOMPARE(m_peer->maxOutstanding, 10);
        QVERIFY2(elapsed < 400, qPrintable(QString::number(elapsed)));
        qInfo("discovery: 15 calls with 30 ms latency each took %lld ms (10 in flight at most)", elapsed);

        QCOMPARE(snap->version, QStringLiteral("25.04.2.6"));
        QCOMPARE(snap->apiLine, QStringLiteral("25.04"));
        QCOMPARE(snap->hostname, QStringLiteral("truenas01"));
        QCOMPARE(snap->apiInterface, QStringLiteral("eno1"));
        QCOMPARE(snap->nics.size(), 3);
        QVERIFY(snap->nic(QStringLiteral("eno1"))->carriesApi);
        QVERIFY(snap->nic(QStringLiteral("eno1"))->dhcp);
        QCOMPARE(snap->nic(QStringLiteral("eno1"))->liveAddresses.value(0).address,
                 QStringLiteral("192.168.1.50"));
        const auto* a = snap->nic(QStringLiteral("enp4s0f0"));
        QCOMPARE(a->mtu, 9000);
        QCOMPARE(a->configuredMtu, 9000);
        QVERIFY(a->linkUp);
        QCOMPARE(a->staticAliases, (QList<TrueNasSnapshot::Address>{{QStringLiteral("10.20.10.10"), 29}}));
        const auto* b = snap->nic(QStringLiteral("enp4s0f1"));
        QVERIFY(!b->linkUp);
        QCOMPARE(b->configuredMtu, 0);
        QCOMPARE(b->mtu, 1500);
        QVERIFY(snap->pool(QStringLiteral("tank"))->hasSlog);
        QCOMPARE(snap->pool(QStringLiteral("tank"))->slogVdevs,
                 QStringList{QStringLiteral("mirror-2 (MIRROR)")});
        QVERIFY(!snap->pool(QStringLiteral("scratch"))->hasSlog);
        QCOMPARE(snap->zvols.size(), 1);
        QCOMPARE(snap->zvols.at(0).volsize, Q_INT64_C(107374182400));
        QCOMPARE(snap->zvols.at(0).volblocksize, QStringLiteral("16K"));
        QCOMPARE(snap->freeZvols, QStringList{QStringLiteral("zvol/tank/vmware/old")});
        QCOMPARE(snap->basename, QStringLiteral("iqn.2005-10.org.freenas.ctl"));
        QCOMPARE(snap->serviceState, QStringLiteral("STOPPED"));
        QVERIFY(!snap->serviceEnabled);
        QCOMPARE(snap->authEntries.size(), 1);
        QCOMPARE(snap->authEntries.at(0).user, QStringLiteral("old-chap"));

        const QJsonObject json = TrueNasSnapshotJson::toJson(*snap);
        const QByteArray text = QJsonDocument(json).toJson();
        QVERIFY(!text.contains("OldSecret-1234"));
        QVERIFY(!text.contains("\"secret\""));
        const auto back = TrueNasSnapshotJson::fromJson(json);
        QVERIFY(back.ok());
        QVERIFY(*back == *snap);
        const QString rendered = TrueNasSnapshotJson::toText(*snap);
        QVERIFY(rendered.contains(QStringLiteral("SLOG: yes (mirror-2 (MIRROR))")));
        QVERIFY(rendered.contains(QStringLiteral("[API connection]")));
        QVERIFY(!rendered.contains(QStringLiteral("OldSecret")));
    }

    void discoveryFailsOnARequiredCallAndNotesOptionalOnes()
    {
        m_peer->setHandler(QStringLiteral("system.info"), [](const QJsonArray&) {
            return TrueNasTestPeer::Answer::error(
                TrueNasTestPeer::callError(13, QStringLiteral("EACCES"), QStringLiteral("Not authorized")));
        });
        QVERIFY(connectClient());
        auto snap = discover();
        QVERIFY2(snap.ok(), why(snap).constData());
        QVERIFY(snap->hostname.isEmpty());
        QCOMPARE(snap->notes.size(), 1);
        QVERIFY(snap->notes.at(0).contains(QStringLiteral("system.info")));

        m_peer->setHandler(QStringLiteral("iscsi.target.query"), [](const QJsonArray&) {
            return TrueNasTestPeer::Answer::error(
                TrueNasTestPeer::callError(13, QStringLiteral("EACCES"), QStringLiteral("Not authorized")));
        });
        snap = discover();
        QVERIFY(!snap.ok());
        QCOMPARE(snap.error().code, QStringLiteral("truenas.auth"));
        QVERIFY(snap.error().message.contains(QStringLiteral("iscsi.target.query")));
    }

    void buildersRefuseWhatTheRulesForbid()
    {
        QVERIFY(connectClient());
        const auto snap = discover();
        QVERIFY(snap.ok());
        const auto apiNic = TrueNasOperations::interfaceChange(*snap, QStringLiteral("eno1"), 9000,
                                                               {{QStringLiteral("10.1.1.1"), 24}});
        QVERIFY(!apiNic.ok());
        QCOMPARE(apiNic.error().detail, QStringLiteral("TN-NET-CHECKIN"));
        QCOMPARE(apiNic.error().fields.value(0).field, QStringLiteral("truenasNic"));
        QCOMPARE(TrueNasOperations::portal({QStringLiteral("0.0.0.0")}, {}).error().detail,
                 QStringLiteral("TN-ONE-PORTAL"));
        QCOMPARE(TrueNasOperations::portal({QStringLiteral("10.20.10.10"), QStringLiteral("::")}, {})
                     .error()
                     .detail,
                 QStringLiteral("TN-ONE-PORTAL"));
        QCOMPARE(TrueNasOperations::portal({}, {}).error().detail, QStringLiteral("TN-ONE-PORTAL"));
        QCOMPARE(TrueNasOperations::initiatorGroup({}, {}).error().detail, QStringLiteral("TN-INITIATORS"));
        QCOMPARE(TrueNasOperations::zvolCreate(QStringLiteral("tank/x"), 1000000).error().detail,
                 QStringLiteral("TN-ZVOL"));
        QVERIFY(!TrueNasOperations::zvolCreate(QStringLiteral("noslash"), 16384).ok());
        QVERIFY(!TrueNasOperations::target(QStringLiteral("Esx-DS01"), 1, 1).ok());
        QVERIFY(!TrueNasOperations::target(QStringLiteral("esx-ds01"), 1, 1, QStringLiteral("CHAP"), 0).ok());
        QVERIFY(!TrueNasOperations::chapAuth(1, QStringLiteral("u"), QStringLiteral("inline-secret-1")).ok());
        QVERIFY(!TrueNasOperations::extent(QStringLiteral("e"), QStringLiteral("tank/x"),
                                           ApiVersion::parse(QStringLiteral("25.04.2.6")), {},
                                           QStringLiteral("ESX Disk"))
                     .ok());
        QVERIFY(TrueNasOperations::extent(QStringLiteral("e"), QStringLiteral("tank/x"),
                                          ApiVersion::parse(QStringLiteral("25.10.6")), {},
                                          QStringLiteral("ESX Disk"))
                    .ok());
        const auto service04 = TrueNasOperations::serviceEnableStart(
            ApiVersion::parse(QStringLiteral("25.04.2.6")), false, false);
        QCOMPARE(service04->at(1).method, QStringLiteral("service.start"));
        const auto service26 =
            TrueNasOperations::serviceEnableStart(ApiVersion::parse(QStringLiteral("26.0.0")), false, true);
        QCOMPARE(service26->at(1).method, QStringLiteral("service.control"));
        QCOMPARE(service26->at(1).flow, TrueNasOperation::Flow::Job);
        QVERIFY(service26->at(1).undoMethod.isEmpty()); // it was running before: the undo leaves it running
        // Operations survive JSON (journal) unchanged.
        const auto portal = TrueNasOperations::portal(
            {QStringLiteral("10.20.10.10"), QStringLiteral("10.20.20.10")}, QStringLiteral("x"));
        QCOMPARE(*TrueNasOperation::fromJson(portal->toJson()), *portal);
    }

    void articleSequenceAppliesAndUndoes_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("25.04") << "25.04.2.6";
        QTest::newRow("25.10") << "25.10.6";
    }

    void articleSequenceAppliesAndUndoes()
    {
        QFETCH(QString, version);
        m_peer->version = version;
        QVERIFY(connectClient());
        const auto snap = discover();
        QVERIFY(snap.ok());
        const QHash<QString, QJsonArray> initial = m_peer->state;

        MemoryCredentialStore credentials;
        std::optional<Status> stored;
        credentials.write(CredentialStore::Key::fromAccount(kChapRef), kChapSecret,
                          [&](Status s) { stored = s; });
        QTRY_VERIFY(stored.has_value());

        QList<TrueNasOperation> ops;
        auto add = [&](Result<TrueNasOperation> op) {
            QVERIFY2(op.ok(), why(op).constData());
            ops.append(*op);
        };
        using Ops = TrueNasOperations;
        add(Ops::interfaceChange(*snap, QStringLiteral("enp4s0f1"), 9000,
                                 {{QStringLiteral("10.20.20.10"), 29}}, 60));
        add(Ops::zvolCreate(QStringLiteral("tank/vmware/ds01"), Q_INT64_C(1099511627776)));
        add(Ops::portal({QStringLiteral("10.20.10.10"), QStringLiteral("10.20.20.10")},
                        QStringLiteral("esx-mpio")));
        add(Ops::initiatorGroup({kEsx01, kEsx02}, QStringLiteral("esx-cluster")));
        add(Ops::chapAuth(1, QStringLiteral("esx-chap"), kChapRef));
        add(Ops::target(QStringLiteral("esx-ds01"),
                        TrueNasOperation::stepFact(Ops::portalId(), QStringLiteral("/after/id")),
                        TrueNasOperation::stepFact(Ops::initiatorId(), QStringLiteral("/after/id")),
                        QStringLiteral("CHAP"), 1));
        add(Ops::extent(QStringLiteral("esx-ds01-lun0"), QStringLiteral("tank/vmware/ds01"),
                        m_client->apiVersion()));
        add(Ops::targetExtent(TrueNasOperation::stepFact(Ops::targetId(), QStringLiteral("/after/id")),
                              TrueNasOperation::stepFact(Ops::extentId(), QStringLiteral("/after/id")), 0));
        const auto service = Ops::serviceEnableStart(m_client->apiVersion(), snap->serviceEnabled,
                                                     snap->serviceState == QLatin1String("RUNNING"));
        QVERIFY(service.ok());
        ops.append(*service);
        QCOMPARE(ops.size(), 10);
        // The plan as data never holds the secret.
        for (const auto& op : ops)
            QVERIFY(!QJsonDocument(op.toJson()).toJson().contains(kChapSecret.toUtf8()));

        TrueNasOperationRunner runner(m_client.get(), &credentials);
        runner.setZvolWait(5000, 50);
        QList<QJsonObject> facts;
        QElapsedTimer t;
        t.start();
        for (const auto& op : ops) {
            const auto f = runApply(runner, op);
            QVERIFY2(f.ok(), qPrintable(op.id + QStringLiteral(": ") + QString::fromUtf8(why(f))));
            facts.append(*f);
            const auto v = runVerify(runner, op);
            QVERIFY2(v.ok() && v->value(QStringLiteral("applied")).toBool(), qPrintable(op.id));
        }
        qInfo("%s: 10 operations applied and verified in %lld ms", qPrintable(version), t.elapsed());

        // What TrueNAS now has.
        QCOMPARE(peerState("interface").at(2).toObject().value(QStringLiteral("mtu")).toInt(), 9000);
        QVERIFY(!m_peer->committedPending); // checked in
        QCOMPARE(m_peer->calls.count(QStringLiteral("interface.commit")), 1);
        QCOMPARE(m_peer->calls.count(QStringLiteral("interface.checkin")), 1);
        const QJsonObject portal = peerState("iscsi.portal").at(0).toObject();
        QCOMPARE(peerState("iscsi.portal").size(), 1); // TN-ONE-PORTAL
        QCOMPARE(portal.value(QStringLiteral("listen")).toArray().size(), 2);
        const QJsonObject target = peerState("iscsi.target").at(0).toObject();
        const QJsonObject group = target.value(QStringLiteral("groups")).toArray().at(0).toObject();
        QCOMPARE(group.value(QStringLiteral("portal")), portal.value(QStringLiteral("id")));
        QCOMPARE(group.value(QStringLiteral("initiator")),
                 peerState("iscsi.initiator").at(0).toObject().value(QStringLiteral("id")));
        QCOMPARE(group.value(QStringLiteral("auth")).toInt(), 1);
        QCOMPARE(peerState("iscsi.auth").at(0).toObject().value(QStringLiteral("secret")).toString(),
                 kChapSecret);
        const QJsonObject extent = peerState("iscsi.extent").at(0).toObject();
        QCOMPARE(extent.value(QStringLiteral("blocksize")).toInt(), 512);
        QCOMPARE(extent.value(QStringLiteral("disk")).toString(), QStringLiteral("zvol/tank/vmware/ds01"));
        const QJsonObject mapping = peerState("iscsi.targetextent").at(0).toObject();
        QCOMPARE(mapping.value(QStringLiteral("target")), target.value(QStringLiteral("id")));
        QCOMPARE(mapping.value(QStringLiteral("extent")), extent.value(QStringLiteral("id")));
        const QJsonObject svc = peerState("service").at(0).toObject();
        QCOMPARE(svc.value(QStringLiteral("state")).toString(), QStringLiteral("RUNNING"));
        QVERIFY(svc.value(QStringLiteral("enable")).toBool());
        const bool control = version.startsWith(QLatin1String("25.10"));
        QCOMPARE(m_peer->calls.contains(QStringLiteral("service.control")), control);
        QCOMPARE(m_peer->calls.contains(QStringLiteral("service.start")), !control);

        // A retried zvol step finds the zvol instead of creating it twice.
        const int creates = int(m_peer->calls.count(QStringLiteral("pool.dataset.create")));
        const auto again = runApply(runner, ops.at(1));
        QVERIFY(again.ok());
        QVERIFY(again->value(QStringLiteral("existed")).toBool());
        QCOMPARE(int(m_peer->calls.count(QStringLiteral("pool.dataset.create"))), creates);

        // Undo everything in reverse order: TrueNAS is back where it started.
        for (qsizetype i = ops.size() - 1; i >= 0; --i) {
            const auto u = runUndo(runner, ops.at(i), facts.at(i));
            QVERIFY2(u.ok(), qPrintable(ops.at(i).id + QStringLiteral(": ") + QString::fromUtf8(why(u))));
        }
        for (const char* c : {"iscsi.portal", "iscsi.initiator", "iscsi.auth", "iscsi.target", "iscsi.extent",
                              "iscsi.targetextent", "pool.dataset", "service", "interface"})
            QVERIFY2(m_peer->state.value(QLatin1String(c)) == initial.value(QLatin1String(c)), c);
        QCOMPARE(m_peer->calls.count(QStringLiteral("interface.checkin")), 2);
    }

    void failedReachabilityRollsTheInterfaceBack()
    {
        QVERIFY(connectClient());
        const auto snap = discover();
        QVERIFY(snap.ok());
        const QJsonArray before = peerState("interface");
        const auto op = TrueNasOperations::interfaceChange(*snap, QStringLiteral("enp4s0f1"), 9000,
                                                           {{QStringLiteral("10.20.20.10"), 29}});
        QVERIFY(op.ok());
        TrueNasOperationRunner runner(m_client.get(), nullptr);
        QStringList checked;
        runner.setReachabilityCheck([&](const TrueNasOperation& o, std::function<void(Status)> done) {
            checked.append(o.id);
            done(Error::make(QStringLiteral("check.vmkping"),
                             QStringLiteral("vmkping -s 8972 -d 10.20.20.10 failed")));
        });
        const auto f = runApply(runner, *op);
        QVERIFY(!f.ok());
        QVERIFY(f.error().message.contains(QStringLiteral("rolled back")));
        QCOMPARE(checked, QStringList{QStringLiteral("truenas/nic/enp4s0f1")});
        QCOMPARE(m_peer->calls.count(QStringLiteral("interface.rollback")), 1);
        QCOMPARE(m_peer->calls.count(QStringLiteral("interface.checkin")), 0);
        QCOMPARE(peerState("interface"), before);
    }

    void runnerRefusesTheApiInterfaceEvenIfAPlanSaysSo()
    {
        QVERIFY(connectClient());
        TrueNasOperation op;
        op.id = QStringLiteral("truenas/nic/eno1");
        op.method = QStringLiteral("interface.update");
        op.params = {QStringLiteral("eno1"), QJsonObject{{QStringLiteral("mtu"), 9000}}};
        op.flow = TrueNasOperation::Flow::InterfaceChange;
        TrueNasOperationRunner runner(m_client.get(), nullptr);
        const auto f = runApply(runner, op);
        QVERIFY(!f.ok());
        QCOMPARE(f.error().detail, QStringLiteral("TN-NET-CHECKIN"));
        QVERIFY(!m_peer->calls.contains(QStringLiteral("interface.update")));
    }

    void validationErrorsFromOperationsPointAtTheField()
    {
        QVERIFY(connectClient());
        const auto op = TrueNasOperations::portal({QStringLiteral("10.9.9.9")}, QStringLiteral("typo"));
        QVERIFY(op.ok());
        TrueNasOperationRunner runner(m_client.get(), nullptr);
        const auto f = runApply(runner, *op);
        QCOMPARE(f.error().code, QStringLiteral("truenas.validation"));
        QCOMPARE(f.error().fields.value(0).field, QStringLiteral("iscsiportal_create.listen"));
        QCOMPARE(f.error().fields.value(0).message,
                 QStringLiteral("IP 10.9.9.9 not configured on this system."));
        // A missing keychain entry stops a CHAP step before anything is sent.
        MemoryCredentialStore empty;
        TrueNasOperationRunner chapRunner(m_client.get(), &empty);
        const auto chap =
            runApply(chapRunner, *TrueNasOperations::chapAuth(1, QStringLiteral("esx-chap"), kChapRef));
        QCOMPARE(chap.error().code, QStringLiteral("credentials.not-found"));
        QVERIFY(!m_peer->calls.contains(QStringLiteral("iscsi.auth.create")));
        // A step that needs an earlier step's id says which one is missing.
        const auto orphan = runApply(runner, *TrueNasOperations::targetExtent(
                                                 TrueNasOperation::stepFact(QStringLiteral("truenas/target"),
                                                                            QStringLiteral("/after/id")),
                                                 1));
        QVERIFY(orphan.error().message.contains(QStringLiteral("truenas/target")));
    }
};

QTEST_GUILESS_MAIN(TestTrueNasOperations)
#include "tst_truenas_operations.moc"
