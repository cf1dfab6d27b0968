// TrueNasClient: error mapping, versions, certificate pins, and the client against a TLS test peer on
// 127.0.0.1 (TrueNasTestPeer.h: the reference's JSON, not the lab; the lab test is tests/integration/).

#include "TestEnv.h"
#include "TrueNasTestPeer.h"

#include "core/common/AppPaths.h"
#include "core/log/Log.h"
#include "core/log/Redactor.h"
#include "core/truenas/ApiVersion.h"
#include "core/truenas/CertificatePins.h"
#include "core/truenas/TrueNasClient.h"
#include "core/truenas/TrueNasErrors.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <optional>
#include <spdlog/sinks/ostream_sink.h>
#include <sstream>

using namespace mpio;
using mpio::test::TrueNasTestPeer;

namespace {

struct Outcome
{
    std::optional<Result<QJsonValue>> result;
    bool done() const { return result.has_value(); }
    TrueNasClient::Callback callback()
    {
        return [this](Result<QJsonValue> r) { result = std::move(r); };
    }
};

struct ConnectOutcome
{
    std::optional<Status> status;
    int calls = 0;
    std::function<void(Status)> callback()
    {
        return [this](Status s) {
            ++calls;
            status = std::move(s);
        };
    }
};

// The error sample of truenas-api.md §1.2, verbatim except the elided `"frames":[...]`, which is not JSON.
QJsonObject referenceErrorSample()
{
    const QString doc =
        QString::fromUtf8(mpio::test::readFile(mpio::test::referencePath(QStringLiteral("truenas-api.md"))));
    const auto start = doc.indexOf(QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":7,\n \"error\""));
    if (start < 0)
        return {};
    const auto end = doc.indexOf(QStringLiteral("\n```"), start);
    QString json = doc.mid(start, end - start);
    json.replace(QStringLiteral("[...]"), QStringLiteral("[]"));
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// For QVERIFY2 messages, which are evaluated even when the check passes.
template<typename T> QByteArray why(const Result<T>& r)
{
    return r.ok() ? QByteArray("ok") : r.error().toString().toUtf8();
}

} // namespace

class TestTrueNasClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TrueNasTestPeer> m_peer;

    TrueNasClient::Options options(bool tofu = true) const
    {
        TrueNasClient::Options o;
        o.url = *TrueNasClient::endpointUrl(m_peer->hostPort());
        o.apiUser = m_peer->apiUser;
        o.apiKey = m_peer->apiKey;
        o.pinFile = m_dir.filePath(QStringLiteral("pins.json"));
        o.trustOnFirstUse = tofu;
        o.connectTimeoutMs = 10000;
        o.callTimeoutMs = 5000;
        return o;
    }

    bool connectClient(TrueNasClient& client)
    {
        ConnectOutcome c;
        client.connectToServer(c.callback());
        if (!QTest::qWaitFor([&] { return c.status.has_value(); }, 15000))
            return false;
        if (!c.status->ok())
            qWarning("connect failed: %s", qPrintable(c.status->error().toString()));
        return c.status->ok();
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
        QFile::remove(m_dir.filePath(QStringLiteral("pins.json")));
        m_peer = std::make_unique<TrueNasTestPeer>(m_dir.path());
        QVERIFY2(m_peer->start(), "test peer: openssl or listen failed");
    }

    void cleanup() { m_peer.reset(); }

    // --- pure mapping
    // ---------------------------------------------------------------------------------------

    void mapsTheReferenceValidationSample()
    {
        const QJsonObject sample = referenceErrorSample();
        QVERIFY2(!sample.isEmpty(), "the §1.2 error sample was not found in truenas-api.md");
        const Error e = TrueNasErrors::fromRpcError(sample.value(QStringLiteral("error")),
                                                    QStringLiteral("iscsi.portal.create"));
        QCOMPARE(e.code, QStringLiteral("truenas.validation"));
        QCOMPARE(e.fields.size(), 1);
        QCOMPARE(e.fields.at(0).field, QStringLiteral("iscsiportal_create.listen"));
        QCOMPARE(e.fields.at(0).message, QStringLiteral("IP 10.9.9.9 not configured on this system."));
        QVERIFY(e.message.contains(QStringLiteral("iscsi.portal.create")));
        QVERIFY(e.message.contains(QStringLiteral("IP 10.9.9.9 not configured")));
    }

    void mapsCallErrors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("errname");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rate limit") << -32001 << "EBUSY"
                                    << "[EBUSY] Rate Limit Exceeded"
                                    << "truenas.auth.rate-limit";
        QTest::newRow("not authenticated") << -32001 << "ENOTAUTHENTICATED"
                                           << "[ENOTAUTHENTICATED] Not authenticated"
                                           << "truenas.auth";
        QTest::newRow("not authorized") << -32001 << "EACCES"
                                        << "[EACCES] Not authorized"
                                        << "truenas.auth";
        QTest::newRow("call error") << -32001 << "EINVAL"
                                    << "[EINVAL] Extent is already in use."
                                    << "truenas.call";
        QTest::newRow("no method") << -32601 << ""
                                   << ""
                                   << "truenas.call";
        QTest::newRow("too many") << -32000 << ""
                                  << ""
                                  << "truenas.call";
    }

    void mapsCallErrors()
    {
        QFETCH(int, code);
        QFETCH(QString, errname);
        QFETCH(QString, reason);
        QFETCH(QString, expected);
        QJsonObject error{{QStringLiteral("code"), code},
                          {QStringLiteral("message"), QStringLiteral("Method call error")}};
        if (!errname.isEmpty())
            error.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("errname"), errname},
                                                             {QStringLiteral("error"), 16},
                                                             {QStringLiteral("reason"), reason},
                                                             {QStringLiteral("extra"), QJsonValue()}});
        const Error e = TrueNasErrors::fromRpcError(error, QStringLiteral("iscsi.targetextent.create"));
        QCOMPARE(e.code, expected);
        QVERIFY(e.fields.isEmpty());
        if (!reason.isEmpty()) {
            QVERIFY2(e.detail.contains(errname), qPrintable(e.detail));
            QVERIFY2(!e.message.contains(QStringLiteral("[") + errname + QStringLiteral("]")),
                     qPrintable(e.message));
        }
    }

    void mapsFailedJobs()
    {
        const QJsonObject job =
            QJsonDocument::fromJson(
                R"({"id":41,"state":"FAILED","error":"[EINVAL] service_control.options.timeout: must be positive",
                "exc_info":{"type":"VALIDATION","errno":22,"extra":[["service_control.options.timeout","must be positive",22]]}})")
                .object();
        const Error e = TrueNasErrors::fromFailedJob(job, QStringLiteral("service.control"));
        QCOMPARE(e.code, QStringLiteral("truenas.validation"));
        QCOMPARE(e.fields.value(0).field, QStringLiteral("service_control.options.timeout"));
        const QJsonObject aborted{{QStringLiteral("id"), 42},
                                  {QStringLiteral("state"), QStringLiteral("ABORTED")}};
        QCOMPARE(TrueNasErrors::fromFailedJob(aborted, QStringLiteral("x")).code,
                 QStringLiteral("truenas.job"));
    }

    void mapsLoginResponses()
    {
        const auto code = [](const char* type) {
            return TrueNasErrors::fromLoginResponse(
                QJsonObject{{QStringLiteral("response_type"), QLatin1String(type)}}, QStringLiteral("u"));
        };
        QCOMPARE(code("AUTH_ERR").code, QStringLiteral("truenas.auth"));
        QVERIFY(code("EXPIRED").message.contains(QStringLiteral("TN-API-KEY-TLS")));
        QVERIFY(code("AUTH_ERR").message.contains(QStringLiteral("TN-RATE-LIMIT")));
        QCOMPARE(code("OTP_REQUIRED").code, QStringLiteral("truenas.auth"));
    }

    void parsesVersions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("serviceControl");
        QTest::addColumn<bool>("productId");
        QTest::newRow("25.04.2.6") << "25.04.2.6"
                                   << "25.04" << false << false;
        QTest::newRow("25.04.0") << "25.04.0"
                                 << "25.04" << false << false;
        QTest::newRow("25.10.6") << "25.10.6"
                                 << "25.10" << true << true;
        QTest::newRow("26 beta") << "26.0.0-BETA.3"
                                 << "26" << true << true;
        QTest::newRow("system.version") << "TrueNAS-25.10.0"
                                        << "25.10" << true << true;
        QTest::newRow("24.10") << "24.10.2.4"
                               << "unsupported" << false << false;
        QTest::newRow("legacy brand") << "TrueNAS-SCALE-24.10.2.4"
                                      << "unsupported" << false << false;
        QTest::newRow("garbage") << "hello"
                                 << "unsupported" << false << false;
    }

    void parsesVersions()
    {
        QFETCH(QString, text);
        QFETCH(QString, line);
        QFETCH(bool, serviceControl);
        QFETCH(bool, productId);
        const ApiVersion v = ApiVersion::parse(text);
        QCOMPARE(v.lineName(), line);
        QCOMPARE(v.hasServiceControl(), serviceControl);
        QCOMPARE(v.hasExtentProductId(), productId);
        QCOMPARE(v.requiresServiceControl(), line == QLatin1String("26"));
    }

    void parsesEndpoints()
    {
        QCOMPARE(TrueNasClient::endpointUrl(QStringLiteral("truenas.local"))->toString(),
                 QStringLiteral("wss://truenas.local:443"));
        QCOMPARE(TrueNasClient::endpointUrl(QStringLiteral("127.0.0.1:8443"))->port(), 8443);
        QCOMPARE(TrueNasClient::endpointUrl(QStringLiteral("[::1]:8443"))->host(), QStringLiteral("::1"));
        QCOMPARE(TrueNasClient::endpointUrl(QStringLiteral("ws://nas"))->scheme(), QStringLiteral("ws"));
        QVERIFY(!TrueNasClient::endpointUrl(QStringLiteral("nas:99999")).ok());
        QVERIFY(!TrueNasClient::endpointUrl(QString()).ok());
    }

    void pinsTrustOnFirstUseAndChange()
    {
        CertificatePins pins(m_dir.filePath(QStringLiteral("pins.json")));
        const QString fp = CertificatePins::fingerprint(m_peer->certificate());
        QCOMPARE(fp.size(), 32 * 3 - 1);
        QCOMPARE(*pins.check(QStringLiteral("NAS.local"), 443, fp), CertificatePins::Verdict::Unknown);
        QVERIFY(pins.pin(QStringLiteral("NAS.local"), 443, fp).ok());
        QCOMPARE(*pins.check(QStringLiteral("nas.local"), 443, fp.toLower().remove(QLatin1Char(':'))),
                 CertificatePins::Verdict::Trusted);
        QCOMPARE(*pins.check(QStringLiteral("nas.local"), 8443, fp), CertificatePins::Verdict::Unknown);
        QVERIFY(m_peer->rotateCertificate());
        const QString other = CertificatePins::fingerprint(m_peer->certificate());
        QVERIFY(other != fp);
        QCOMPARE(*pins.check(QStringLiteral("nas.local"), 443, other), CertificatePins::Verdict::Changed);
        const TrustRequest request = pins.requestFor(QStringLiteral("nas.local"), 443, m_peer->certificate());
        QVERIFY(request.changed());
        QCOMPARE(request.previousFingerprint, fp);
        QCOMPARE(request.fingerprint, other);
        QCOMPARE(request.keyType, QStringLiteral("RSA 2048"));
        QVERIFY(pins.unpin(QStringLiteral("nas.local"), 443).ok());
        QCOMPARE(*pins.check(QStringLiteral("nas.local"), 443, other), CertificatePins::Verdict::Unknown);

        QFile corrupt(pins.filePath());
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write("{not json");
        corrupt.close();
        const auto broken = pins.check(QStringLiteral("nas.local"), 443, fp);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, QStringLiteral("truenas.tls"));
        QVERIFY(!pins.pin(QStringLiteral("x"), 1, fp).ok()); // never overwrites the user's trust decisions
    }

    // --- against the test peer
    // ------------------------------------------------------------------------------

    void refusesPlainTextBeforeAnyByte_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("ws") << "ws";
        QTest::newRow("http") << "http";
    }

    void refusesPlainTextBeforeAnyByte()
    {
        QFETCH(QString, scheme);
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&listener, &QTcpServer::newConnection, this, [&] { ++connections; });
        TrueNasClient client;
        auto o = options();
        o.url = QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(listener.serverPort()));
        client.setOptions(o);
        ConnectOutcome c;
        client.connectToServer(c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.status.has_value(), 5000);
        QVERIFY(!c.status->ok());
        QCOMPARE(c.status->error().code, QStringLiteral("truenas.tls.insecure-transport"));
        QVERIFY(c.status->error().message.contains(QStringLiteral("revoke")));
        QTest::qWait(300);
        QCOMPARE(connections, 0);
        QVERIFY(!listener.hasPendingConnections());
        QCOMPARE(client.state(), TrueNasClient::State::Disconnected);
    }

    void connectsWithTrustOnFirstUse()
    {
        TrueNasClient client;
        client.setOptions(options(true));
        QVERIFY(connectClient(client));
        QCOMPARE(client.apiVersion().line(), ApiVersion::Line::V25_04);
        QCOMPARE(client.apiVersion().text(), QStringLiteral("25.04.2.6"));
        QCOMPARE(client.advertisedApiVersions().size(), 3);
        QCOMPARE(m_peer->logins, 1);
        QCOMPARE(m_peer->httpProbes, 1);
        QCOMPARE(m_peer->paths, QStringList{QStringLiteral("/api/current")});
        QCOMPARE(m_peer->calls.mid(0, 2),
                 (QStringList{QStringLiteral("auth.login_ex"), QStringLiteral("system.version_short")}));
        CertificatePins pins(options().pinFile);
        QCOMPARE(*pins.pinned(QStringLiteral("127.0.0.1"), m_peer->port()),
                 CertificatePins::fingerprint(m_peer->certificate()));
        QCOMPARE(client.peerFingerprint(), CertificatePins::fingerprint(m_peer->certificate()));
    }

    void unknownCertificateIsAskedFirst()
    {
        TrueNasClient client;
        client.setOptions(options(false));
        QSignalSpy asked(&client, &TrueNasClient::trustRequested);
        ConnectOutcome c;
        client.connectToServer(c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.status.has_value(), 10000);
        QCOMPARE(c.status->error().code, QStringLiteral("truenas.tls.untrusted"));
        QCOMPARE(asked.count(), 1);
        const auto request = asked.at(0).at(0).value<TrustRequest>();
        QCOMPARE(request.kind, TrustRequest::Kind::TlsCertificate);
        QCOMPARE(request.fingerprint, CertificatePins::fingerprint(m_peer->certificate()));
        QCOMPARE(request.port, int(m_peer->port()));
        QVERIFY(!request.changed());
        QCOMPARE(m_peer->logins, 0);        // the key never left
        QCOMPARE(m_peer->wsConnections, 0); // not even the WebSocket was opened
        QVERIFY(client.trustCertificate(request).ok());
        QVERIFY(connectClient(client));
        QCOMPARE(m_peer->logins, 1);
    }

    void changedCertificateIsRefused()
    {
        {
            TrueNasClient first;
            first.setOptions(options(true));
            QVERIFY(connectClient(first));
        }
        const QString before = CertificatePins::fingerprint(m_peer->certificate());
        QVERIFY(m_peer->rotateCertificate());
        const QString after = CertificatePins::fingerprint(m_peer->certificate());
        TrueNasClient client;
        client.setOptions(options(true)); // even with --trust-on-first-use a change is refused
        ConnectOutcome c;
        client.connectToServer(c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.status.has_value(), 10000);
        QCOMPARE(c.status->error().code, QStringLiteral("truenas.tls.changed"));
        QVERIFY2(c.status->error().message.contains(before), why(*c.status).constData());
        QVERIFY2(c.status->error().message.contains(after), why(*c.status).constData());
        QCOMPARE(m_peer->logins, 1); // only the first client's login
        TrustRequest changed;
        changed.host = QStringLiteral("127.0.0.1");
        changed.port = m_peer->port();
        changed.fingerprint = after;
        changed.previousFingerprint = before;
        QVERIFY(!client.trustCertificate(changed).ok());
    }

    void customCaInsteadOfPinning()
    {
        // The peer's certificate is CN=localhost, SAN DNS:localhost: with it as CA, "localhost" verifies.
        TrueNasClient client;
        auto o = options(false);
        o.url = QUrl(QStringLiteral("wss://localhost:%1").arg(m_peer->port()));
        o.caCertificatesFile = m_peer->certificatePath();
        client.setOptions(o);
        QVERIFY(connectClient(client));
        QVERIFY(!QFile::exists(o.pinFile)); // nothing pinned in CA mode
        client.disconnectFromServer();
        // A different CA: refused.
        QVERIFY(m_peer->rotateCertificate());
        ConnectOutcome c;
        client.connectToServer(c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.status.has_value(), 10000);
        QVERIFY(c.status->error().code.startsWith(QStringLiteral("truenas.tls")));
        QCOMPARE(m_peer->logins, 1);
    }

    void refusedKeyIsNotRetried()
    {
        TrueNasClient client;
        auto o = options();
        o.apiKey = QStringLiteral("7-wrongwrongwrongwrongwrongwrongwrongwrongwrongwrong12");
        client.setOptions(o);
        ConnectOutcome c;
        client.connectToServer(c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.status.has_value(), 10000);
        QCOMPARE(c.status->error().code, QStringLiteral("truenas.auth"));
        QCOMPARE(m_peer->logins, 1);
        ConnectOutcome again;
        client.connectToServer(again.callback());
        QTRY_VERIFY_WITH_TIMEOUT(again.status.has_value(), 5000);
        QCOMPARE(again.status->error().code, QStringLiteral("truenas.auth"));
        QTest::qWait(200);
        QCOMPARE(m_peer->logins, 1); // TN-RATE-LIMIT: no second attempt with the refused key
        QCOMPARE(m_peer->httpProbes, 1);
        o.apiKey = m_peer->apiKey; // a new key is tried (once)
        client.setOptions(o);
        QVERIFY(connectClient(client));
        QCOMPARE(m_peer->logins, 2);
    }

    void rateLimitIsReportedNotLooped()
    {
        m_peer->rateLimited = true;
        TrueNasClient client;
        client.setOptions(options());
        ConnectOutcome c;
        client.connectToServer(c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.status.has_value(), 10000);
        QCOMPARE(c.status->error().code, QStringLiteral("truenas.auth.rate-limit"));
        QVERIFY(c.status->error().message.contains(QStringLiteral("Wait")));
        QTest::qWait(500);
        QCOMPARE(m_peer->logins, 1);
        QCOMPARE(c.calls, 1);
        QCOMPARE(client.state(), TrueNasClient::State::Disconnected);
    }

    void detectsTrueNas2410()
    {
        m_peer->old2410 = true;
        TrueNasClient client;
        client.setOptions(options());
        ConnectOutcome c;
        client.connectToServer(c.callback());
        QTRY_VERIFY_WITH_TIMEOUT(c.status.has_value(), 10000);
        QCOMPARE(c.status->error().code, QStringLiteral("truenas.version"));
        QVERIFY(c.status->error().message.contains(QStringLiteral("25.04")));
        QCOMPARE(m_peer->logins, 0);
    }

    void versionBranches()
    {
        for (const QString& v : {QStringLiteral("25.04.2.6"), QStringLiteral("25.10.6")}) {
            m_peer->version = v;
            TrueNasClient client;
            client.setOptions(options());
            QVERIFY(connectClient(client));
            QCOMPARE(client.apiVersion().text(), v);
            Outcome start;
            // TN-SERVICE: the caller branches on the version; 25.04 has no service.control.
            if (client.apiVersion().hasServiceControl())
                client.callJob(QStringLiteral("service.control"),
                               {QStringLiteral("START"), QStringLiteral("iscsitarget"),
                                QJsonObject{{QStringLiteral("silent"), false}}},
                               start.callback());
            else
                client.call(QStringLiteral("service.start"),
                            {QStringLiteral("iscsitarget"), QJsonObject{{QStringLiteral("silent"), false}}},
                            start.callback());
            QTRY_VERIFY_WITH_TIMEOUT(start.done(), 5000);
            QVERIFY2(start.result->ok(), why(*start.result).constData());
            QCOMPARE(start.result->value(), QJsonValue(true));
            QCOMPARE(m_peer->state.value(QStringLiteral("service"))
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("state"))
                         .toString(),
                     QStringLiteral("RUNNING"));
            Outcome wrong; // the other branch on 25.04 fails with a clear error
            if (!client.apiVersion().hasServiceControl()) {
                client.callJob(QStringLiteral("service.control"),
                               {QStringLiteral("START"), QStringLiteral("iscsitarget"), QJsonObject{}},
                               wrong.callback());
                QTRY_VERIFY_WITH_TIMEOUT(wrong.done(), 5000);
                QCOMPARE(wrong.result->error().code, QStringLiteral("truenas.call"));
                QVERIFY(wrong.result->error().message.contains(QStringLiteral("service.control")));
            }
        }
    }

    void jobsSubscribeFirstAndSurviveTheRace_data()
    {
        QTest::addColumn<bool>("eventsFirst");
        QTest::newRow("terminal event before the job id") << true;
        QTest::newRow("terminal event after the job id") << false;
    }

    void jobsSubscribeFirstAndSurviveTheRace()
    {
        QFETCH(bool, eventsFirst);
        m_peer->version = QStringLiteral("25.10.6");
        m_peer->jobEventsFirst = eventsFirst;
        TrueNasClient client;
        client.setOptions(options());
        QVERIFY(connectClient(client));
        QSignalSpy updates(&client, &TrueNasClient::jobUpdated);
        Outcome ok, failed;
        client.callJob(QStringLiteral("service.control"),
                       {QStringLiteral("START"), QStringLiteral("iscsitarget"), QJsonObject{}},
                       ok.callback());
        client.callJob(QStringLiteral("test.job.fail"), {QStringLiteral("START"), QJsonObject{}},
                       failed.callback());
        QTRY_VERIFY_WITH_TIMEOUT(ok.done() && failed.done(), 5000);
        QVERIFY2(ok.result->ok(), why(*ok.result).constData());
        QCOMPARE(ok.result->value(), QJsonValue(true));
        QCOMPARE(failed.result->error().code, QStringLiteral("truenas.validation"));
        QCOMPARE(failed.result->error().fields.value(0).field, QStringLiteral("options.timeout"));
        QVERIFY(m_peer->subscribedBeforeJob);
        QCOMPARE(m_peer->calls.count(QStringLiteral("core.subscribe")), 1);
        QVERIFY(m_peer->calls.indexOf(QStringLiteral("core.subscribe")) <
                m_peer->calls.indexOf(QStringLiteral("service.control")));
        QVERIFY(updates.count() >= 4);
    }

    void validationErrorsKeepTheirFields()
    {
        TrueNasClient client;
        client.setOptions(options());
        QVERIFY(connectClient(client));
        Outcome bad, extra;
        client.call(
            QStringLiteral("iscsi.portal.create"),
            {QJsonObject{{QStringLiteral("listen"),
                          QJsonArray{QJsonObject{{QStringLiteral("ip"), QStringLiteral("10.9.9.9")}}}}}},
            bad.callback());
        client.call(QStringLiteral("iscsi.portal.create"),
                    {QJsonObject{{QStringLiteral("listen"), QJsonArray{}},
                                 {QStringLiteral("discovery_authmethod"), QStringLiteral("NONE")}}},
                    extra.callback());
        QTRY_VERIFY_WITH_TIMEOUT(bad.done() && extra.done(), 5000);
        QCOMPARE(bad.result->error().code, QStringLiteral("truenas.validation"));
        QCOMPARE(bad.result->error().fields,
                 (QList<FieldError>{{QStringLiteral("iscsiportal_create.listen"),
                                     QStringLiteral("IP 10.9.9.9 not configured on this system.")}}));
        QCOMPARE(extra.result->error().fields.value(0).field,
                 QStringLiteral("iscsi_portal_create.discovery_authmethod"));
        QCOMPARE(extra.result->error().fields.value(0).message,
                 QStringLiteral("Extra inputs are not permitted"));
    }

    void limitsCallsInFlight()
    {
        m_peer->setHandler(QStringLiteral("test.slow"), [](const QJsonArray& params) {
            return TrueNasTestPeer::Answer::result(params.at(0), 60);
        });
        TrueNasClient client;
        client.setOptions(options());
        QVERIFY(connectClient(client));
        QList<std::shared_ptr<Outcome>> outcomes;
        for (int i = 0; i < 25; ++i) {
            outcomes.append(std::make_shared<Outcome>());
            client.call(QStringLiteral("test.slow"), {i}, outcomes.last()->callback());
        }
        QCOMPARE(client.inFlightCount(), 10);
        QCOMPARE(client.queuedCount(), 15);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(outcomes.begin(), outcomes.end(), [](const auto& o) { return o->done(); }), 10000);
        for (int i = 0; i < 25; ++i)
            QCOMPARE(outcomes.at(i)->result->value(), QJsonValue(i)); // each answer reaches its own caller
        QCOMPARE(m_peer->maxOutstanding, 10);
        QCOMPARE(client.peakInFlight(), 10);
    }

    void timeoutAndCancel()
    {
        m_peer->setHandler(QStringLiteral("test.never"),
                           [](const QJsonArray&) { return TrueNasTestPeer::Answer::silent(); });
        TrueNasClient client;
        client.setOptions(options());
        QVERIFY(connectClient(client));
        Outcome timedOut, cancelled, queued;
        QElapsedTimer t;
        t.start();
        client.call(QStringLiteral("test.never"), {}, timedOut.callback(), 300);
        const auto handle = client.call(QStringLiteral("test.never"), {}, cancelled.callback());
        client.cancel(handle);
        QVERIFY(cancelled.done());
        QVERIFY(cancelled.result->error().isCancelled());
        QTRY_VERIFY_WITH_TIMEOUT(timedOut.done(), 5000);
        QCOMPARE(timedOut.result->error().code, QStringLiteral("truenas.timeout"));
        QVERIFY(t.elapsed() >= 250);
        QCOMPARE(client.inFlightCount(), 0);
        // A queued call can be cancelled too and never reaches the server.
        for (int i = 0; i < 10; ++i)
            client.call(
                QStringLiteral("test.never"), {}, [](Result<QJsonValue>) {}, 200);
        const int before = int(m_peer->calls.count(QStringLiteral("core.ping")));
        const auto queuedHandle = client.call(QStringLiteral("core.ping"), {}, queued.callback());
        QCOMPARE(client.queuedCount(), 1);
        client.cancel(queuedHandle);
        QVERIFY(queued.result->error().isCancelled());
        QTest::qWait(400);
        QCOMPARE(int(m_peer->calls.count(QStringLiteral("core.ping"))), before);
    }

    void droppedSocketFailsPendingCalls()
    {
        m_peer->setHandler(QStringLiteral("test.never"),
                           [](const QJsonArray&) { return TrueNasTestPeer::Answer::silent(); });
        TrueNasClient client;
        client.setOptions(options());
        QVERIFY(connectClient(client));
        QSignalSpy lost(&client, &TrueNasClient::connectionLost);
        QList<std::shared_ptr<Outcome>> outcomes;
        for (int i = 0; i < 12; ++i) { // 10 in flight, 2 queued
            outcomes.append(std::make_shared<Outcome>());
            client.call(QStringLiteral("test.never"), {}, outcomes.last()->callback(), 60000);
        }
        Outcome job;
        client.callJob(QStringLiteral("test.never"), {}, job.callback(), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(int(m_peer->calls.count(QStringLiteral("test.never"))), 10, 5000);
        QElapsedTimer t;
        t.start();
        m_peer->dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(outcomes.begin(), outcomes.end(), [](const auto& o) { return o->done(); }), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(job.done(), 5000);
        QVERIFY(t.elapsed() < 5000); // no call waits for its 60 s timeout
        for (const auto& o : outcomes) {
            QCOMPARE(o->result->error().code, QStringLiteral("truenas.connection"));
            QVERIFY(o->result->error().message.contains(QStringLiteral("lost")));
        }
        QVERIFY(outcomes.first()->result->error().message.contains(QStringLiteral("query before")));
        QCOMPARE(job.result->error().code, QStringLiteral("truenas.connection"));
        QCOMPARE(lost.count(), 1);
        QCOMPARE(client.state(), TrueNasClient::State::Disconnected);
        // A call while disconnected fails at once instead of waiting.
        Outcome late;
        client.call(QStringLiteral("core.ping"), {}, late.callback());
        QTRY_VERIFY_WITH_TIMEOUT(late.done(), 1000);
        QCOMPARE(late.result->error().code, QStringLiteral("truenas.connection"));
        // Reconnect on request: one new login.
        ConnectOutcome again;
        client.reconnect(again.callback());
        QTRY_VERIFY_WITH_TIMEOUT(again.status.has_value(), 10000);
        QVERIFY(again.status->ok());
        QCOMPARE(m_peer->logins, 2);
    }

    void neverLogsTheKey()
    {
        // With the key taken OUT of the Redactor, a leak into any log line would show: nothing may contain
        // it.
        std::ostringstream captured;
        auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(captured);
        Log::addSink(sink);
        auto logger = Log::get("truenas");
        const auto level = logger->level();
        logger->set_level(spdlog::level::trace);
        const QString wrong = QStringLiteral("7-LeakCanaryLeakCanaryLeakCanaryLeakCanaryLeakCanary0123");
        {
            TrueNasClient client;
            client.setOptions(options());
            Redactor::remove(m_peer->apiKey);
            QVERIFY(connectClient(client));
            Outcome r;
            client.call(QStringLiteral("iscsi.portal.query"), {}, r.callback());
            QTRY_VERIFY(r.done());
            auto o = options();
            o.apiKey = wrong;
            TrueNasClient refused;
            refused.setOptions(o);
            Redactor::remove(wrong);
            QVERIFY(!connectClient(refused));
        }
        logger->set_level(level);
        Log::removeSink(sink);
        const std::string text = captured.str();
        QVERIFY2(text.find("auth.login_ex") != std::string::npos, text.c_str()); // the log did see the login
        QVERIFY(text.find(m_peer->apiKey.toStdString()) == std::string::npos);
        QVERIFY(text.find(wrong.toStdString()) == std::string::npos);
        Redactor::add(m_peer->apiKey);
    }

    void keepAlivePingsAndDetectsADeadPeer()
    {
        TrueNasClient client;
        auto o = options();
        o.keepAliveMs = 100;
        o.callTimeoutMs = 400;
        client.setOptions(o);
        QVERIFY(connectClient(client));
        QTRY_VERIFY_WITH_TIMEOUT(m_peer->calls.count(QStringLiteral("core.ping")) >= 3, 5000);
        QCOMPARE(client.state(), TrueNasClient::State::Ready);
        QSignalSpy lost(&client, &TrueNasClient::connectionLost);
        m_peer->pingSilent = true;
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 5000);
        QCOMPARE(client.state(), TrueNasClient::State::Disconnected);
    }
};

QTEST_GUILESS_MAIN(TestTrueNasClient)
#include "tst_truenas_client.moc"
