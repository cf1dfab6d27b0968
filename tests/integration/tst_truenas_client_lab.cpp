// The core TrueNAS client against the LAB's TrueNAS middleware (mpio::lab::TrueNasServer, in process because
// the lab's main does not start it yet): login, version branches (25.04 and 25.10), discovery, every
// operation of the article and its undo, validation-error mapping, the API-key revocation rule, the rate
// limit (no login loop), a changed certificate, and a dropped socket in the middle of calls. The lab and core
// share no code: this test is where their two readings of truenas-api.md meet.

#include "TestEnv.h"
#include "app/lab/truenas/TrueNasServer.h"
#include "tests/lab/TrueNasTestClient.h"

#include "core/common/AppPaths.h"
#include "core/credentials/MemoryCredentialStore.h"
#include "core/log/Log.h"
#include "core/truenas/CertificatePins.h"
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

namespace {

template<typename T> QByteArray why(const Result<T>& r)
{
    return r.ok() ? QByteArray("ok") : r.error().toString().toUtf8();
}

QJsonObject nic(const char* name, const char* ip, int prefix, int mtu, bool dhcp = false)
{
    return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                       {QStringLiteral("ipv4"), QLatin1String(ip)},
                       {QStringLiteral("prefix"), prefix},
                       {QStringLiteral("mtu"), mtu},
                       {QStringLiteral("link"), true},
                       {QStringLiteral("dhcp"), dhcp}};
}

// The article's site: a management NIC and two storage NICs in their own /29s (seed scenario shape).
QJsonObject scenario(const QString& version, int rateLimit = 20, int jobMs = 200, double timeScale = 0.01)
{
    return QJsonObject{
        {QStringLiteral("version"), version},
        {QStringLiteral("hostname"), QStringLiteral("truenas-lab")},
        {QStringLiteral("apiUser"), QStringLiteral("root")},
        {QStringLiteral("nics"),
         QJsonArray{nic("eno1", "192.168.10.5", 24, 1500), nic("enp4s0f0", "10.20.10.10", 29, 9000),
                    nic("enp4s0f1", "10.20.20.10", 29, 1500)}},
        {QStringLiteral("pools"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("tank")},
                                                         {QStringLiteral("sizeBytes"), 17592186044416.0},
                                                         {QStringLiteral("freeBytes"), 13194139533312.0},
                                                         {QStringLiteral("slog"), true}}}},
        {QStringLiteral("datasets"), QJsonArray{QStringLiteral("tank/vmware")}},
        {QStringLiteral("timeScale"), timeScale},
        {QStringLiteral("jobMs"), jobMs},
        {QStringLiteral("rateLimitPerMinute"), rateLimit}};
}

const QString kEsx01 = QStringLiteral("iqn.1998-01.com.vmware:esx01-1a2b3c4d");
const QString kEsx02 = QStringLiteral("iqn.1998-01.com.vmware:esx02-5e6f7a8b");
const QString kChapRef = QStringLiteral("keychain:mpio-wizard/chap/127.0.0.1/esx-chap");

} // namespace

class TestTrueNasClientLab : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_labDir;
    std::unique_ptr<lab::TrueNasServer> m_lab;
    std::unique_ptr<TrueNasClient> m_client;

    bool startLab(const QJsonObject& truenas)
    {
        m_client.reset();
        m_lab.reset();
        m_labDir = std::make_unique<QTemporaryDir>();
        m_lab = std::make_unique<lab::TrueNasServer>(truenas, m_labDir->path());
        QString error;
        if (!m_lab->start(&error)) {
            qWarning("lab TrueNAS did not start: %s", qPrintable(error));
            return false;
        }
        QFile::remove(m_dir.filePath(QStringLiteral("pins.json")));
        return true;
    }

    TrueNasClient::Options options() const
    {
        TrueNasClient::Options o;
        o.url = *TrueNasClient::endpointUrl(QStringLiteral("127.0.0.1:%1").arg(m_lab->wssPort()));
        o.apiUser = m_lab->apiUser();
        o.apiKey = m_lab->apiKey();
        o.pinFile = m_dir.filePath(QStringLiteral("pins.json"));
        o.trustOnFirstUse = true;
        o.callTimeoutMs = 10000;
        return o;
    }

    std::optional<Status> connectWith(TrueNasClient& client, const TrueNasClient::Options& o)
    {
        client.setOptions(o);
        std::optional<Status> status;
        client.connectToServer([&](Status s) { status = s; });
        (void)QTest::qWaitFor([&] { return status.has_value(); }, 20000);
        return status;
    }

    bool connectClient()
    {
        m_client = std::make_unique<TrueNasClient>();
        const auto s = connectWith(*m_client, options());
        if (s && !s->ok())
            qWarning("connect: %s", qPrintable(s->error().toString()));
        return s && s->ok();
    }

    Result<TrueNasSnapshot> discover()
    {
        TrueNasDiscovery discovery(m_client.get());
        QSignalSpy finished(&discovery, &TrueNasDiscovery::finished);
        discovery.start();
        if (!finished.wait(15000))
            return Error::make(QStringLiteral("test"), QStringLiteral("discovery did not finish"));
        return discovery.result();
    }

    template<typename F> Result<QJsonObject> await(F start)
    {
        std::optional<Result<QJsonObject>> out;
        start([&](Result<QJsonObject> r) { out = std::move(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
            return Error::make(QStringLiteral("test"), QStringLiteral("no answer"));
        return *out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        AppPaths::setStateDir(m_dir.filePath(QStringLiteral("state")));
        Log::initForTests();
    }

    void cleanup()
    {
        m_client.reset();
        m_lab.reset();
    }

    void logsInAndBranchesOnTheVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("line");
        QTest::newRow("25.04") << "25.04.2"
                               << "25.04";
        QTest::newRow("25.10") << "25.10.1"
                               << "25.10";
    }

    void logsInAndBranchesOnTheVersion()
    {
        QFETCH(QString, version);
        QFETCH(QString, line);
        QVERIFY(startLab(scenario(version)));
        QVERIFY(connectClient());
        QCOMPARE(m_client->apiVersion().lineName(), line);
        QCOMPARE(m_client->apiVersion().text(), version);
        QCOMPARE(m_client->advertisedApiVersions(), m_lab->advertisedVersions());
        QCOMPARE(CertificatePins::normalize(m_client->peerFingerprint()),
                 CertificatePins::normalize(m_lab->certSha256()));

        const auto snap = discover();
        QVERIFY2(snap.ok(), why(snap).constData());
        QCOMPARE(snap->version, version);
        QCOMPARE(snap->hostname, QStringLiteral("truenas-lab"));
        QCOMPARE(snap->nics.size(), 3);
        QCOMPARE(snap->apiInterface, QStringLiteral("eno1"));
        QCOMPARE(snap->nic(QStringLiteral("enp4s0f0"))->staticAliases.value(0).address,
                 QStringLiteral("10.20.10.10"));
        QCOMPARE(snap->nic(QStringLiteral("enp4s0f0"))->mtu, 9000);
        QVERIFY(snap->pool(QStringLiteral("tank"))->hasSlog);
        QCOMPARE(snap->basename, QStringLiteral("iqn.2005-10.org.freenas.ctl"));
        QVERIFY2(snap->notes.isEmpty(), qPrintable(snap->notes.join(QLatin1Char('\n'))));
        qInfo("%s: %s", qPrintable(version),
              qPrintable(TrueNasSnapshotJson::toText(*snap).section(QLatin1Char('\n'), 0, 0)));
    }

    void appliesAndUndoesTheArticleSequence_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("25.04") << "25.04.2";
        QTest::newRow("25.10") << "25.10.1";
    }

    void appliesAndUndoesTheArticleSequence()
    {
        QFETCH(QString, version);
        QVERIFY(startLab(scenario(version)));
        QVERIFY(connectClient());
        const auto before = discover();
        QVERIFY2(before.ok(), why(before).constData());

        MemoryCredentialStore credentials;
        std::optional<Status> stored;
        credentials.write(CredentialStore::Key::fromAccount(kChapRef), QStringLiteral("Chap-Secret-14"),
                          [&](Status s) { stored = s; });
        QTRY_VERIFY(stored.has_value());

        using Ops = TrueNasOperations;
        QList<TrueNasOperation> ops;
        auto add = [&](Result<TrueNasOperation> op) {
            QVERIFY2(op.ok(), why(op).constData());
            ops.append(*op);
        };
        add(Ops::interfaceChange(*before, QStringLiteral("enp4s0f1"), 9000,
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
                        m_client->apiVersion(), QStringLiteral("ESXi datastore ds01")));
        add(Ops::targetExtent(TrueNasOperation::stepFact(Ops::targetId(), QStringLiteral("/after/id")),
                              TrueNasOperation::stepFact(Ops::extentId(), QStringLiteral("/after/id")), 0));
        const auto service = Ops::serviceEnableStart(m_client->apiVersion(), before->serviceEnabled,
                                                     before->serviceState == QLatin1String("RUNNING"));
        QVERIFY(service.ok());
        ops.append(*service);

        TrueNasOperationRunner runner(m_client.get(), &credentials);
        runner.setZvolWait(10000, 50);
        QList<QJsonObject> facts;
        QElapsedTimer t;
        t.start();
        for (const auto& op : ops) {
            const auto f = await([&](auto cb) { runner.apply(op, cb); });
            QVERIFY2(f.ok(), qPrintable(op.id + QStringLiteral(": ") + QString::fromUtf8(why(f))));
            facts.append(*f);
            const auto v = await([&](auto cb) { runner.verify(op, cb); });
            QVERIFY2(v.ok() && v->value(QStringLiteral("applied")).toBool(),
                     qPrintable(op.id + QStringLiteral(" not verified: ") +
                                QString::fromUtf8(QJsonDocument(v.ok() ? *v : QJsonObject{}).toJson())));
        }
        const qint64 applyMs = t.elapsed();

        const auto after = discover();
        QVERIFY(after.ok());
        QCOMPARE(after->nic(QStringLiteral("enp4s0f1"))->configuredMtu, 9000);
        QCOMPARE(after->portals.size(), 1);
        QCOMPARE(after->portals.at(0).ips,
                 (QStringList{QStringLiteral("10.20.10.10"), QStringLiteral("10.20.20.10")}));
        QCOMPARE(after->initiatorGroups.at(0).initiators, (QStringList{kEsx01, kEsx02}));
        QCOMPARE(after->authEntries.at(0).user, QStringLiteral("esx-chap"));
        QCOMPARE(after->targets.at(0).iqn, QStringLiteral("iqn.2005-10.org.freenas.ctl:esx-ds01"));
        QCOMPARE(after->targets.at(0).groups.at(0).portal, after->portals.at(0).id);
        QCOMPARE(after->targets.at(0).groups.at(0).authMethod, QStringLiteral("CHAP"));
        QCOMPARE(after->extents.at(0).blocksize, 512);
        QCOMPARE(after->extents.at(0).vendor, QStringLiteral("TrueNAS"));
        QVERIFY(after->extents.at(0).naa.startsWith(QStringLiteral("0x6589cfc000000")));
        QCOMPARE(after->targetExtents.size(), 1);
        QCOMPARE(after->targetExtents.at(0).lunId, 0);
        QCOMPARE(after->zvol(QStringLiteral("tank/vmware/ds01"))->volblocksize, QStringLiteral("16K"));
        QCOMPARE(after->serviceState, QStringLiteral("RUNNING"));
        QVERIFY(after->serviceEnabled);
        QVERIFY(!QJsonDocument(TrueNasSnapshotJson::toJson(*after)).toJson().contains("Chap-Secret-14"));

        // Retrying the zvol step finds it and creates nothing.
        const auto again = await([&](auto cb) { runner.apply(ops.at(1), cb); });
        QVERIFY2(again.ok(), why(again).constData());
        QVERIFY(again->value(QStringLiteral("existed")).toBool());

        t.restart();
        for (qsizetype i = ops.size() - 1; i >= 0; --i) {
            const auto u = await([&](auto cb) { runner.undo(ops.at(i), facts.at(i), cb); });
            QVERIFY2(u.ok(), qPrintable(ops.at(i).id + QStringLiteral(": ") + QString::fromUtf8(why(u))));
        }
        const qint64 undoMs = t.elapsed();
        auto undone = discover();
        QVERIFY(undone.ok());
        undone->notes.clear();
        TrueNasSnapshot expected = *before;
        expected.notes.clear();
        QVERIFY2(*undone == expected,
                 qPrintable(QString::fromUtf8(QJsonDocument(TrueNasSnapshotJson::toJson(*undone)).toJson())));
        qInfo("%s: %lld operations applied+verified in %lld ms, undone in %lld ms", qPrintable(version),
              qint64(ops.size()), applyMs, undoMs);
    }

    void validationErrorsKeepTheirFields()
    {
        QVERIFY(startLab(scenario(QStringLiteral("25.04.2"))));
        QVERIFY(connectClient());
        TrueNasOperationRunner runner(m_client.get(), nullptr);
        const auto portal = await([&](auto cb) {
            runner.apply(*TrueNasOperations::portal({QStringLiteral("10.9.9.9")}, QStringLiteral("typo")),
                         cb);
        });
        QCOMPARE(portal.error().code, QStringLiteral("truenas.validation"));
        QCOMPARE(portal.error().fields.value(0).field, QStringLiteral("iscsiportal_create.listen"));
        QCOMPARE(portal.error().fields.value(0).message,
                 QStringLiteral("IP 10.9.9.9 not configured on this system."));
        // 25.04 does not know extent product_id: a raw call shows the strict schema, the builder refuses
        // first.
        std::optional<Result<QJsonValue>> extra;
        m_client->call(QStringLiteral("iscsi.extent.create"),
                       {QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                    {QStringLiteral("type"), QStringLiteral("DISK")},
                                    {QStringLiteral("disk"), QStringLiteral("zvol/tank/none")},
                                    {QStringLiteral("product_id"), QStringLiteral("ESX Disk")}}},
                       [&](Result<QJsonValue> r) { extra = r; });
        QTRY_VERIFY_WITH_TIMEOUT(extra.has_value(), 10000);
        QCOMPARE(extra->error().code, QStringLiteral("truenas.validation"));
        bool productIdField = false;
        for (const auto& f : extra->error().fields)
            productIdField = productIdField || (f.field.endsWith(QStringLiteral("product_id")) &&
                                                f.message == QLatin1String("Extra inputs are not permitted"));
        QVERIFY2(productIdField, qPrintable(extra->error().detail));
        QVERIFY(!TrueNasOperations::extent(QStringLiteral("x"), QStringLiteral("tank/none"),
                                           m_client->apiVersion(), {}, QStringLiteral("ESX Disk"))
                     .ok());
        // A zvol size that is not a multiple of the block size is refused by the lab with the reference text.
        std::optional<Result<QJsonValue>> zvol;
        m_client->call(QStringLiteral("pool.dataset.create"),
                       {QJsonObject{{QStringLiteral("name"), QStringLiteral("tank/vmware/odd")},
                                    {QStringLiteral("type"), QStringLiteral("VOLUME")},
                                    {QStringLiteral("volsize"), 1000000}}},
                       [&](Result<QJsonValue> r) { zvol = r; });
        QTRY_VERIFY_WITH_TIMEOUT(zvol.has_value(), 10000);
        QCOMPARE(zvol->error().code, QStringLiteral("truenas.validation"));
        QVERIFY2(zvol->error().message.contains(QStringLiteral("multiple of volume block size")),
                 qPrintable(zvol->error().message));
    }

    void apiKeyIsNeverSentOverPlainWebSocket()
    {
        QVERIFY(startLab(scenario(QStringLiteral("25.04.2"))));
        // The client refuses ws:// before opening anything.
        TrueNasClient refusing;
        auto o = options();
        o.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_lab->wsPort()));
        const auto refused = connectWith(refusing, o);
        QVERIFY(refused.has_value());
        QCOMPARE(refused->error().code, QStringLiteral("truenas.tls.insecure-transport"));
        QTest::qWait(200);
        QCOMPARE(m_lab->connectionCount(), 0);
        QVERIFY(connectClient()); // the key still works
        m_client.reset();

        // What the rule protects against: a raw login over ws:// kills the key for good.
        mpio::test::TrueNasTestClient raw;
        QVERIFY(raw.open(QStringLiteral("ws://127.0.0.1:%1/api/current").arg(m_lab->wsPort())));
        const QJsonObject login =
            raw.call(QStringLiteral("auth.login_ex"),
                     {QJsonObject{{QStringLiteral("mechanism"), QStringLiteral("API_KEY_PLAIN")},
                                  {QStringLiteral("username"), m_lab->apiUser()},
                                  {QStringLiteral("api_key"), m_lab->apiKey()},
                                  {QStringLiteral("login_options"),
                                   QJsonObject{{QStringLiteral("user_info"), false}}}}});
        QCOMPARE(login.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("response_type"))
                     .toString(),
                 QStringLiteral("EXPIRED"));
        TrueNasClient after;
        const auto dead = connectWith(after, options());
        QVERIFY(dead.has_value());
        QCOMPARE(dead->error().code, QStringLiteral("truenas.auth"));
        QVERIFY2(dead->error().message.contains(QStringLiteral("revoked")),
                 qPrintable(dead->error().message));
    }

    void rateLimitEndsTheAttemptWithoutALoop()
    {
        QVERIFY(startLab(scenario(QStringLiteral("25.04.2"), 2)));
        // Two failed logins from this address use up the (scenario's) limit of 2 per minute.
        for (int i = 0; i < 2; ++i) {
            mpio::test::TrueNasTestClient raw;
            QVERIFY(raw.open(QStringLiteral("ws://127.0.0.1:%1/api/current").arg(m_lab->wsPort())));
            raw.call(QStringLiteral("auth.login_ex"),
                     {QJsonObject{{QStringLiteral("mechanism"), QStringLiteral("API_KEY_PLAIN")},
                                  {QStringLiteral("username"), QStringLiteral("nobody")},
                                  {QStringLiteral("api_key"), QStringLiteral("1-wrong")}}});
        }
        TrueNasClient client;
        int callbacks = 0;
        std::optional<Status> status;
        client.setOptions(options());
        client.connectToServer([&](Status s) {
            ++callbacks;
            status = s;
        });
        QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 20000);
        QCOMPARE(status->error().code, QStringLiteral("truenas.auth.rate-limit"));
        QTest::qWait(500);
        QCOMPARE(callbacks, 1);
        QCOMPARE(client.state(), TrueNasClient::State::Disconnected);
        QCOMPARE(m_lab->connectionCount(), 0); // no second attempt behind the caller's back
    }

    void changedCertificateIsRefused()
    {
        QVERIFY(startLab(scenario(QStringLiteral("25.04.2"))));
        QVERIFY(connectClient());
        const QString before = CertificatePins::normalize(m_lab->certSha256());
        m_client.reset();
        QString error;
        QVERIFY2(m_lab->rotateCertificate(&error), qPrintable(error));
        const QString after = CertificatePins::normalize(m_lab->certSha256());
        QVERIFY(before != after);
        TrueNasClient client;
        const auto status = connectWith(client, options());
        QVERIFY(status.has_value());
        QCOMPARE(status->error().code, QStringLiteral("truenas.tls.changed"));
        QVERIFY(status->error().message.contains(before));
        QVERIFY(status->error().message.contains(after));
    }

    // A lab's published fingerprint (Options::pinnedFingerprint) decides alone: a stale pin that an earlier
    // run left for this address does not matter, nothing is written to the store, and any other certificate
    // is refused.
    void publishedFingerprintBypassesTheStore()
    {
        QVERIFY(startLab(scenario(QStringLiteral("25.04.2"))));
        const QString stale = QStringLiteral("11:22:33:44:55:66:77:88:99:00:AA:BB:CC:DD:EE:FF:"
                                             "11:22:33:44:55:66:77:88:99:00:AA:BB:CC:DD:EE:FF");
        TrueNasClient::Options o = options();
        o.trustOnFirstUse = false;
        CertificatePins pins(o.pinFile);
        QVERIFY(pins.pin(o.url.host(), o.url.port(443), stale, QStringLiteral("an earlier lab")).ok());
        o.pinnedFingerprint = m_lab->certSha256();
        TrueNasClient client;
        const auto ok = connectWith(client, o);
        QVERIFY(ok.has_value());
        QVERIFY2(ok->ok(), qPrintable(ok->ok() ? QString() : ok->error().toString()));
        QCOMPARE(*pins.pinned(o.url.host(), o.url.port(443)), stale);

        o.pinnedFingerprint = stale;
        TrueNasClient other;
        const auto refused = connectWith(other, o);
        QVERIFY(refused.has_value());
        QCOMPARE(refused->error().code, QStringLiteral("truenas.tls.changed"));
        QVERIFY(refused->error().message.contains(CertificatePins::normalize(m_lab->certSha256())));
    }

    void droppedSocketFailsEveryPendingCall()
    {
        QVERIFY(startLab(scenario(QStringLiteral("25.10.1"), 20, 5000, 1.0)));
        QVERIFY(connectClient());
        QSignalSpy lost(m_client.get(), &TrueNasClient::connectionLost);
        std::optional<Result<QJsonValue>> job;
        m_client->callJob(QStringLiteral("service.control"),
                          {QStringLiteral("START"), QStringLiteral("iscsitarget"),
                           QJsonObject{{QStringLiteral("silent"), false}}},
                          [&](Result<QJsonValue> r) { job = r; });
        QTRY_VERIFY_WITH_TIMEOUT(m_client->inFlightCount() == 0, 5000); // the job id came back: now waiting
        QList<std::shared_ptr<std::optional<Result<QJsonValue>>>> calls;
        for (int i = 0; i < 14; ++i) {
            calls.append(std::make_shared<std::optional<Result<QJsonValue>>>());
            auto slot = calls.last();
            m_client->call(QStringLiteral("iscsi.portal.query"), {},
                           [slot](Result<QJsonValue> r) { *slot = r; });
        }
        QElapsedTimer t;
        t.start();
        QVERIFY(m_lab->dropConnections() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(job.has_value(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(calls.begin(), calls.end(), [](const auto& c) { return c->has_value(); }), 5000);
        qInfo("dropped socket: %lld pending calls and 1 job failed within %lld ms", qint64(calls.size()),
              t.elapsed());
        QCOMPARE(job->error().code, QStringLiteral("truenas.connection"));
        int failed = 0;
        for (const auto& c : calls)
            failed += (!(*c)->ok() && (*c)->error().code == QLatin1String("truenas.connection")) ? 1 : 0;
        QVERIFY(failed >= 1); // some may have been answered before the drop; none may hang
        QCOMPARE(lost.count(), 1);
        // Reconnect on request, one login.
        std::optional<Status> again;
        m_client->reconnect([&](Status s) { again = s; });
        QTRY_VERIFY_WITH_TIMEOUT(again.has_value(), 20000);
        QVERIFY2(again->ok(), why(*again).constData());
    }

    void injectedFailureMapsToACallError()
    {
        QVERIFY(startLab(scenario(QStringLiteral("25.04.2"))));
        QVERIFY(connectClient());
        const QJsonObject r =
            m_lab->control(QStringLiteral("truenas.fail"),
                           QJsonObject{{QStringLiteral("method"), QStringLiteral("iscsi.initiator.create")},
                                       {QStringLiteral("call"), 1},
                                       {QStringLiteral("errname"), QStringLiteral("EBUSY")},
                                       {QStringLiteral("error"), QStringLiteral("Device or resource busy")}});
        QVERIFY(!r.contains(QStringLiteral("ok")));
        TrueNasOperationRunner runner(m_client.get(), nullptr);
        const auto op = TrueNasOperations::initiatorGroup({kEsx01}, QStringLiteral("g"));
        const auto first = await([&](auto cb) { runner.apply(*op, cb); });
        QCOMPARE(first.error().code, QStringLiteral("truenas.call"));
        QVERIFY2(first.error().detail.contains(QStringLiteral("EBUSY")), qPrintable(first.error().detail));
        // Query before retry: nothing there, so the retry creates it once.
        const auto check = await([&](auto cb) { runner.verify(*op, cb); });
        QVERIFY(check.ok());
        QVERIFY(!check->value(QStringLiteral("applied")).toBool());
        const auto second = await([&](auto cb) { runner.apply(*op, cb); });
        QVERIFY2(second.ok(), why(second).constData());
    }
};

QTEST_GUILESS_MAIN(TestTrueNasClientLab)
#include "tst_truenas_client_lab.moc"
