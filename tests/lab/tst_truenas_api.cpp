// The lab's TrueNAS middleware over real sockets (wss:// and ws:// on 127.0.0.1): framing, errors, auth,
// versions, strict schemas, the article's call sequence (truenas-api.md Appendix A) and its undo, zvols,
// the interface commit protocol, key revocation over ws://, the rate limit and the control actions.
#include "TestEnv.h"
#include "TrueNasTestClient.h"
#include "app/lab/truenas/TrueNasServer.h"
#include "app/lab/world/StorageSide.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace mpio::lab;
using mpio::test::errorCode;
using mpio::test::errorData;
using mpio::test::hasExtra;
using mpio::test::TrueNasTestClient;

namespace {

QJsonObject scenario(const QString& version, double timeScale = 0.01)
{
    const QJsonArray nics{QJsonObject{{QStringLiteral("name"), QStringLiteral("eno1")},
                                      {QStringLiteral("ipv4"), QStringLiteral("192.168.10.5")},
                                      {QStringLiteral("prefix"), 24},
                                      {QStringLiteral("mtu"), 1500},
                                      {QStringLiteral("link"), true}},
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("eno2")},
                                      {QStringLiteral("ipv4"), QStringLiteral("192.168.50.20")},
                                      {QStringLiteral("prefix"), 24},
                                      {QStringLiteral("mtu"), 1500},
                                      {QStringLiteral("dhcp"), true}},
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("enp4s0f0")},
                                      {QStringLiteral("ipv4"), QStringLiteral("10.20.10.10")},
                                      {QStringLiteral("prefix"), 29},
                                      {QStringLiteral("mtu"), 9000},
                                      {QStringLiteral("link"), true}},
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("enp4s0f1")},
                                      {QStringLiteral("ipv4"), QStringLiteral("10.20.20.10")},
                                      {QStringLiteral("prefix"), 29},
                                      {QStringLiteral("mtu"), 9000},
                                      {QStringLiteral("link"), true}}};
    const QJsonArray pools{QJsonObject{{QStringLiteral("name"), QStringLiteral("tank")},
                                       {QStringLiteral("sizeBytes"), 17592186044416.0},
                                       {QStringLiteral("freeBytes"), 13194139533312.0},
                                       {QStringLiteral("slog"), false}}};
    return QJsonObject{{QStringLiteral("version"), version},
                       {QStringLiteral("hostname"), QStringLiteral("truenas")},
                       {QStringLiteral("apiUser"), QStringLiteral("root")},
                       {QStringLiteral("nics"), nics},
                       {QStringLiteral("pools"), pools},
                       {QStringLiteral("ha"), false},
                       {QStringLiteral("timeScale"), timeScale}};
}

// Query params [[[field, op, value]], options]. Built with append(): a braced QJsonArray{QJsonArray{…}} is a
// copy (CWG 1467), not a nested array.
QJsonArray where(const QString& field, const QString& op, const QJsonValue& value,
                 const QJsonObject& options = {})
{
    QJsonArray filter{field, op, value};
    QJsonArray filters;
    filters.append(filter);
    QJsonArray params;
    params.append(filters);
    if (!options.isEmpty())
        params.append(options);
    return params;
}

QJsonArray whereGet(const QString& field, const QString& op, const QJsonValue& value)
{
    return where(field, op, value, QJsonObject{{QStringLiteral("get"), true}});
}

QJsonObject loginData(const QString& user, const QString& key)
{
    return QJsonObject{{QStringLiteral("mechanism"), QStringLiteral("API_KEY_PLAIN")},
                       {QStringLiteral("username"), user},
                       {QStringLiteral("api_key"), key},
                       {QStringLiteral("login_options"), QJsonObject{{QStringLiteral("user_info"), false}}}};
}

QString wss(const TrueNasServer& s, const QString& path = QStringLiteral("/api/current"))
{
    return QStringLiteral("wss://127.0.0.1:%1%2").arg(s.wssPort()).arg(path);
}

// A plain HTTPS GET (no WebSocket upgrade) on the wss port; returns status line + body. Asynchronous waits:
// the server runs in this thread.
QPair<QByteArray, QByteArray> httpsGet(const TrueNasServer& s, const QByteArray& path)
{
    QSslSocket sock;
    QObject::connect(&sock, &QSslSocket::sslErrors, &sock,
                     [&sock](const QList<QSslError>&) { sock.ignoreSslErrors(); });
    QSignalSpy encrypted(&sock, &QSslSocket::encrypted);
    QSignalSpy closed(&sock, &QSslSocket::disconnected);
    sock.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(s.wssPort()));
    if (!encrypted.wait(5000))
        return {};
    sock.write("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    QByteArray all;
    for (int i = 0; i < 50 && closed.isEmpty(); ++i) {
        closed.wait(100);
        all += sock.readAll();
    }
    all += sock.readAll();
    const qsizetype split = all.indexOf("\r\n\r\n");
    return {all.left(all.indexOf("\r\n")), split < 0 ? QByteArray() : all.mid(split + 4)};
}

} // namespace

class TestTrueNasApi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TrueNasServer* m_server = nullptr;
    QSslCertificate m_cert;

    // A logged-in client on /api/current.
    std::unique_ptr<TrueNasTestClient> client(TrueNasServer* s = nullptr)
    {
        s = s ? s : m_server;
        auto c = std::make_unique<TrueNasTestClient>(certOf(s));
        if (!c->open(wss(*s)))
            return nullptr;
        const QJsonObject r =
            c->call(QStringLiteral("auth.login_ex"), {loginData(QStringLiteral("root"), s->apiKey())});
        if (r.value(QStringLiteral("result")).toObject().value(QStringLiteral("response_type")).toString() !=
            QLatin1String("SUCCESS"))
            return nullptr;
        return c;
    }
    static QSslCertificate certOf(TrueNasServer* s)
    {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(
            QDir(s->property("stateDir").toString()).filePath(QStringLiteral("truenas/cert.pem")));
        return certs.value(0);
    }
    TrueNasServer* makeServer(const QJsonObject& config, const QString& dir)
    {
        auto* s = new TrueNasServer(config, dir, this);
        s->setProperty("stateDir", dir);
        QString error;
        if (!s->start(&error))
            qFatal("TrueNAS server did not start: %s", qPrintable(error));
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = makeServer(scenario(QStringLiteral("25.04.2")), m_dir.path());
        m_cert = certOf(m_server);
        QVERIFY(!m_cert.isNull());
    }

    void certificateLikeTruenasDefault()
    {
        QCOMPARE(m_cert.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("localhost")});
        QCOMPARE(m_cert.subjectInfo(QSslCertificate::Organization), QStringList{QStringLiteral("iXsystems")});
        QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"))
                    .match(m_server->certSha256())
                    .hasMatch());
        // Reused on restart: a second server on the same state dir presents the same certificate and key.
        TrueNasServer again(scenario(QStringLiteral("25.04.2")), m_dir.path());
        QString error;
        QVERIFY2(again.start(&error), qPrintable(error));
        QCOMPARE(again.certSha256(), m_server->certSha256());
        QCOMPARE(again.apiKey(), m_server->apiKey());
        QVERIFY(
            QRegularExpression(QStringLiteral("^1-[A-Za-z0-9]{64}$")).match(m_server->apiKey()).hasMatch());
        QVERIFY(m_server->wssPort() != m_server->wsPort());
    }

    void versionsWithoutAuth()
    {
        const auto [status, body] = httpsGet(*m_server, "/api/versions");
        QCOMPARE(status, QByteArray("HTTP/1.1 200 OK"));
        const QJsonArray versions = QJsonDocument::fromJson(body).array();
        QCOMPARE(versions, (QJsonArray{QStringLiteral("v25.04.0"), QStringLiteral("v25.04.1"),
                                       QStringLiteral("v25.04.2")}));
        QCOMPARE(httpsGet(*m_server, "/api/nothing").first, QByteArray("HTTP/1.1 404 Not Found"));
    }

    void pinnedCertificateAndPaths()
    {
        TrueNasTestClient unpinned;
        QVERIFY(!unpinned.open(wss(*m_server), 3000)); // self-signed: refused unless pinned
        QVERIFY(!unpinned.sslErrors().isEmpty());
        TrueNasTestClient pinned(m_cert);
        QVERIFY(pinned.open(wss(*m_server, QStringLiteral("/api/v25.04.2"))));
        TrueNasTestClient wrongPath(m_cert);
        QVERIFY(!wrongPath.open(wss(*m_server, QStringLiteral("/api/v99.1")), 3000));
    }

    void unauthenticatedCallsRefused()
    {
        TrueNasTestClient c(m_cert);
        QVERIFY(c.open(wss(*m_server)));
        const QJsonObject r = c.call(QStringLiteral("system.version"));
        QCOMPARE(errorCode(r), -32001);
        QCOMPARE(r.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Method call error"));
        QCOMPARE(errorData(r).value(QStringLiteral("errname")).toString(),
                 QStringLiteral("ENOTAUTHENTICATED"));
        QCOMPARE(errorData(r).value(QStringLiteral("error")).toInt(), 207);
        QCOMPARE(errorData(r).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("[ENOTAUTHENTICATED] Not authenticated"));
    }

    void loginAndIdentity()
    {
        auto c = client();
        QVERIFY(c);
        QCOMPARE(c->result(QStringLiteral("system.version_short")).toString(), QStringLiteral("25.04.2"));
        QCOMPARE(c->result(QStringLiteral("system.version")).toString(), QStringLiteral("TrueNAS-25.04.2"));
        QCOMPARE(c->result(QStringLiteral("auth.me")).toObject().value(QStringLiteral("pw_name")).toString(),
                 QStringLiteral("root"));
        QCOMPARE(
            c->result(QStringLiteral("system.info")).toObject().value(QStringLiteral("hostname")).toString(),
            QStringLiteral("truenas"));
        QCOMPARE(c->result(QStringLiteral("system.host_id")).toString().size(), 64);
        QCOMPARE(c->result(QStringLiteral("core.ping")).toString(), QStringLiteral("pong"));
        QCOMPARE(errorCode(c->call(QStringLiteral("no.such.method"))), -32601);
        // login_ex's user_info defaults to true.
        const QJsonObject full =
            c->call(QStringLiteral("auth.login_ex"),
                    {QJsonObject{{QStringLiteral("mechanism"), QStringLiteral("API_KEY_PLAIN")},
                                 {QStringLiteral("username"), QStringLiteral("root")},
                                 {QStringLiteral("api_key"), m_server->apiKey()}}});
        QCOMPARE(full.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("user_info"))
                     .toObject()
                     .value(QStringLiteral("pw_uid"))
                     .toInt(-1),
                 0);
    }

    void loginFailures()
    {
        TrueNasTestClient c(m_cert);
        QVERIFY(c.open(wss(*m_server)));
        const QString key = m_server->apiKey();
        QString bad = key;
        bad[bad.size() - 1] = bad.endsWith(QLatin1Char('a')) ? QLatin1Char('b') : QLatin1Char('a');
        auto type = [&](const QJsonObject& r) {
            return r.value(QStringLiteral("result"))
                .toObject()
                .value(QStringLiteral("response_type"))
                .toString();
        };
        QCOMPARE(type(c.call(QStringLiteral("auth.login_ex"), {loginData(QStringLiteral("root"), bad)})),
                 QStringLiteral("AUTH_ERR"));
        // username is required for API_KEY_PLAIN and must be the key's owner.
        QCOMPARE(type(c.call(QStringLiteral("auth.login_ex"), {loginData(QStringLiteral("admin"), key)})),
                 QStringLiteral("AUTH_ERR"));
        QJsonObject noUser = loginData(QStringLiteral("root"), key);
        noUser.remove(QStringLiteral("username"));
        QVERIFY(hasExtra(c.call(QStringLiteral("auth.login_ex"), {noUser}),
                         QStringLiteral("login_data.username"), QStringLiteral("Field required")));
        QCOMPARE(c.result(QStringLiteral("auth.login_with_api_key"), {bad}).toBool(true), false);
        QCOMPARE(errorCode(c.call(QStringLiteral("core.ping"))), -32001); // still not logged in
        QCOMPARE(c.result(QStringLiteral("auth.login_with_api_key"), {key}).toBool(false), true);
        QCOMPARE(c.result(QStringLiteral("core.ping")).toString(), QStringLiteral("pong"));
    }

    void framing()
    {
        auto c = client();
        QVERIFY(c);
        c->sendRaw(QStringLiteral("{not json"));
        QVERIFY(c->waitMessage(3000));
        c->sendRaw(QStringLiteral("[{\"jsonrpc\":\"2.0\",\"id\":900,\"method\":\"core.ping\"}]"));
        QVERIFY(c->waitMessage(3000));
        // A notification (no id) runs but is never answered; the next call's reply is the next message.
        const int before = c->messageCount();
        c->send(QStringLiteral("core.ping"), {}, false);
        QCOMPARE(c->result(QStringLiteral("core.ping")).toString(), QStringLiteral("pong"));
        QCOMPARE(c->messageCount(), before + 1);
    }

    void unknownFieldRejected()
    {
        auto c = client();
        QVERIFY(c);
        const QJsonObject r = c->call(
            QStringLiteral("iscsi.portal.create"),
            {QJsonObject{{QStringLiteral("listen"),
                          QJsonArray{QJsonObject{{QStringLiteral("ip"), QStringLiteral("10.20.10.10")}}}},
                         {QStringLiteral("foo"), 1}}});
        QCOMPARE(errorCode(r), -32602);
        QCOMPARE(r.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Invalid params"));
        QCOMPARE(errorData(r).value(QStringLiteral("error")).toInt(), 22);
        QCOMPARE(errorData(r).value(QStringLiteral("errname")).toString(), QStringLiteral("EINVAL"));
        QVERIFY(hasExtra(r, QStringLiteral("iscsi_portal_create.foo"),
                         QStringLiteral("Extra inputs are not permitted")));
        QVERIFY(errorData(r)
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("Extra inputs are not permitted")));
        // 24.10's discovery_authmethod is gone from 25.04 portals (§3.9).
        QVERIFY(hasExtra(
            c->call(
                QStringLiteral("iscsi.portal.create"),
                {QJsonObject{{QStringLiteral("listen"),
                              QJsonArray{QJsonObject{{QStringLiteral("ip"), QStringLiteral("10.20.10.10")}}}},
                             {QStringLiteral("discovery_authmethod"), QStringLiteral("NONE")}}}),
            QStringLiteral("iscsi_portal_create.discovery_authmethod"),
            QStringLiteral("Extra inputs are not permitted")));
        // product_id only exists from 25.10.
        QVERIFY(hasExtra(c->call(QStringLiteral("iscsi.extent.create"),
                                 {QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                              {QStringLiteral("disk"), QStringLiteral("zvol/tank/x")},
                                              {QStringLiteral("product_id"), QStringLiteral("Disk")}}}),
                         QStringLiteral("iscsi_extent_create.product_id"),
                         QStringLiteral("Extra inputs are not permitted")));
        QCOMPARE(c->result(QStringLiteral("iscsi.portal.query")).toArray().size(), 0); // nothing was created
    }

    void noTypeCoercion()
    {
        auto c = client();
        QVERIFY(c);
        QVERIFY(hasExtra(c->call(QStringLiteral("iscsi.extent.create"),
                                 {QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                              {QStringLiteral("disk"), QStringLiteral("zvol/tank/x")},
                                              {QStringLiteral("blocksize"), QStringLiteral("512")}}}),
                         QStringLiteral("iscsi_extent_create.blocksize"),
                         QStringLiteral("Input should be 512, 1024, 2048 or 4096")));
        QVERIFY(hasExtra(c->call(QStringLiteral("iscsi.targetextent.create"),
                                 {QJsonObject{{QStringLiteral("target"), QStringLiteral("1")},
                                              {QStringLiteral("extent"), 1}}}),
                         QStringLiteral("iscsi_targetextent_create.target"),
                         QStringLiteral("Input should be a valid integer")));
        QVERIFY(hasExtra(c->call(QStringLiteral("iscsi.target.create"),
                                 {QJsonObject{{QStringLiteral("name"), QStringLiteral("t")},
                                              {QStringLiteral("groups"),
                                               QJsonArray{QJsonObject{{QStringLiteral("portal"), 1},
                                                                      {QStringLiteral("authmethod"),
                                                                       QStringLiteral("chap")}}}}}}),
                         QStringLiteral("iscsi_target_create.groups.0.authmethod"),
                         QStringLiteral("Input should be 'NONE', 'CHAP' or 'CHAP_MUTUAL'")));
        QVERIFY(hasExtra(c->call(QStringLiteral("iscsi.auth.create"),
                                 {QJsonObject{{QStringLiteral("tag"), true},
                                              {QStringLiteral("user"), QStringLiteral("u")},
                                              {QStringLiteral("secret"), QStringLiteral("abcdefghijklm")}}}),
                         QStringLiteral("data.tag"), QStringLiteral("Input should be a valid integer")));
        QVERIFY(hasExtra(c->call(QStringLiteral("iscsi.portal.create"), {QJsonObject()}),
                         QStringLiteral("iscsi_portal_create.listen"), QStringLiteral("Field required")));
    }

    // truenas-api.md Appendix A, steps 2–9, then step 10's undo in reverse order.
    void articleSequenceAndUndo()
    {
        auto c = client();
        QVERIFY(c);
        const QJsonObject before = m_server->dumpState().value(QStringLiteral("iscsi")).toObject();
        QCOMPARE(c->result(QStringLiteral("interface.query")).toArray().size(), 4);
        const QJsonObject pool =
            c->result(QStringLiteral("pool.query"),
                      whereGet(QStringLiteral("name"), QStringLiteral("="), QStringLiteral("tank")))
                .toObject();
        QCOMPARE(pool.value(QStringLiteral("name")).toString(), QStringLiteral("tank"));
        QVERIFY(pool.value(QStringLiteral("topology")).toObject().value(QStringLiteral("log")).isArray());
        QCOMPARE(
            pool.value(QStringLiteral("topology")).toObject().value(QStringLiteral("log")).toArray().size(),
            0); // no SLOG
        QCOMPARE(
            pool.value(QStringLiteral("topology")).toObject().value(QStringLiteral("data")).toArray().size(),
            1);
        QCOMPARE(c->result(QStringLiteral("iscsi.global.config"))
                     .toObject()
                     .value(QStringLiteral("basename"))
                     .toString(),
                 QStringLiteral("iqn.2005-10.org.freenas.ctl"));

        const QJsonObject parent =
            c->call(QStringLiteral("pool.dataset.create"),
                    {QJsonObject{{QStringLiteral("name"), QStringLiteral("tank/vmware")}}});
        QVERIFY2(parent.contains(QStringLiteral("result")), QJsonDocument(parent).toJson().constData());
        const QJsonObject zvol =
            c->result(QStringLiteral("pool.dataset.create"),
                      {QJsonObject{{QStringLiteral("name"), QStringLiteral("tank/vmware/ds01")},
                                   {QStringLiteral("type"), QStringLiteral("VOLUME")},
                                   {QStringLiteral("volsize"), 1099511627776.0},
                                   {QStringLiteral("volblocksize"), QStringLiteral("16K")},
                                   {QStringLiteral("sparse"), true},
                                   {QStringLiteral("compression"), QStringLiteral("LZ4")},
                                   {QStringLiteral("sync"), QStringLiteral("ALWAYS")},
                                   {QStringLiteral("comments"), QStringLiteral("ESXi datastore ds01")}}})
                .toObject();
        QCOMPARE(zvol.value(QStringLiteral("id")).toString(), QStringLiteral("tank/vmware/ds01"));
        QCOMPARE(zvol.value(QStringLiteral("volsize")).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("1T"));
        QCOMPARE(
            zvol.value(QStringLiteral("volblocksize")).toObject().value(QStringLiteral("value")).toString(),
            QStringLiteral("16K"));
        QCOMPARE(zvol.value(QStringLiteral("sync")).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("ALWAYS"));
        QTRY_VERIFY_WITH_TIMEOUT(c->result(QStringLiteral("iscsi.extent.disk_choices"))
                                     .toObject()
                                     .contains(QStringLiteral("zvol/tank/vmware/ds01")),
                                 5000);

        const QJsonObject portal =
            c->result(QStringLiteral("iscsi.portal.create"),
                      {QJsonObject{
                          {QStringLiteral("listen"),
                           QJsonArray{QJsonObject{{QStringLiteral("ip"), QStringLiteral("10.20.10.10")}},
                                      QJsonObject{{QStringLiteral("ip"), QStringLiteral("10.20.20.10")}}}},
                          {QStringLiteral("comment"), QStringLiteral("esx-mpio")}}})
                .toObject();
        QCOMPARE(portal.value(QStringLiteral("tag")).toInt(), 1);
        QCOMPARE(portal.value(QStringLiteral("listen"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("port"))
                     .toInt(),
                 3260);
        const QJsonObject initiator =
            c->result(QStringLiteral("iscsi.initiator.create"),
                      {QJsonObject{{QStringLiteral("initiators"),
                                    QJsonArray{QStringLiteral("iqn.1998-01.com.vmware:esx01-1a2b3c4d")}},
                                   {QStringLiteral("comment"), QStringLiteral("esx-cluster")}}})
                .toObject();
        const QJsonObject auth =
            c->result(QStringLiteral("iscsi.auth.create"),
                      {QJsonObject{{QStringLiteral("tag"), 1},
                                   {QStringLiteral("user"), QStringLiteral("esxchap")},
                                   {QStringLiteral("secret"), QStringLiteral("Secret-123456")}}})
                .toObject();
        QCOMPARE(auth.value(QStringLiteral("discovery_auth")).toString(), QStringLiteral("NONE"));
        QVERIFY(
            c->result(QStringLiteral("iscsi.target.validate_name"), {QStringLiteral("esx-ds01")}).isNull());
        const QJsonObject target =
            c->result(
                 QStringLiteral("iscsi.target.create"),
                 {QJsonObject{{QStringLiteral("name"), QStringLiteral("esx-ds01")},
                              {QStringLiteral("groups"),
                               QJsonArray{QJsonObject{
                                   {QStringLiteral("portal"), portal.value(QStringLiteral("id"))},
                                   {QStringLiteral("initiator"), initiator.value(QStringLiteral("id"))}}}}}})
                .toObject();
        QCOMPARE(target.value(QStringLiteral("mode")).toString(), QStringLiteral("ISCSI"));
        QCOMPARE(target.value(QStringLiteral("rel_tgt_id")).toInt(), 1);
        QVERIFY(target.value(QStringLiteral("iscsi_parameters")).isNull());
        QCOMPARE(target.value(QStringLiteral("groups"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("authmethod"))
                     .toString(),
                 QStringLiteral("NONE"));
        QCOMPARE(
            c->result(QStringLiteral("iscsi.target.validate_name"), {QStringLiteral("esx-ds01")}).toString(),
            QStringLiteral("Target with this name already exists"));
        const QJsonObject extent =
            c->result(QStringLiteral("iscsi.extent.create"),
                      {QJsonObject{{QStringLiteral("name"), QStringLiteral("esx-ds01-lun0")},
                                   {QStringLiteral("type"), QStringLiteral("DISK")},
                                   {QStringLiteral("disk"), QStringLiteral("zvol/tank/vmware/ds01")},
                                   {QStringLiteral("blocksize"), 512},
                                   {QStringLiteral("rpm"), QStringLiteral("SSD")}}})
                .toObject();
        QVERIFY(extent.value(QStringLiteral("naa")).toString().startsWith(QStringLiteral("0x6589cfc000000")));
        QCOMPARE(extent.value(QStringLiteral("naa")).toString().size(), 34);
        QCOMPARE(extent.value(QStringLiteral("vendor")).toString(), QStringLiteral("TrueNAS"));
        QCOMPARE(extent.value(QStringLiteral("path")).toString(), QStringLiteral("zvol/tank/vmware/ds01"));
        QVERIFY(!extent.contains(QStringLiteral("product_id")));
        QVERIFY(!c->result(QStringLiteral("iscsi.extent.disk_choices"))
                     .toObject()
                     .contains(QStringLiteral("zvol/tank/vmware/ds01")));
        const QJsonObject te =
            c->result(QStringLiteral("iscsi.targetextent.create"),
                      {QJsonObject{{QStringLiteral("target"), target.value(QStringLiteral("id"))},
                                   {QStringLiteral("extent"), extent.value(QStringLiteral("id"))}}})
                .toObject();
        QCOMPARE(te.value(QStringLiteral("lunid")).toInt(-1), 0);
        QVERIFY(hasExtra(
            c->call(QStringLiteral("iscsi.targetextent.create"),
                    {QJsonObject{{QStringLiteral("target"), target.value(QStringLiteral("id"))},
                                 {QStringLiteral("extent"), extent.value(QStringLiteral("id"))}}}),
            QStringLiteral("iscsi_targetextent_create.extent"), QStringLiteral("Extent is already in use.")));
        QCOMPARE(c->result(QStringLiteral("service.update"),
                           {QStringLiteral("iscsitarget"), QJsonObject{{QStringLiteral("enable"), true}}})
                     .toInt(),
                 3);
        QCOMPARE(c->result(QStringLiteral("service.start"),
                           {QStringLiteral("iscsitarget"), QJsonObject{{QStringLiteral("silent"), false}}})
                     .toBool(),
                 true);
        const QJsonObject svc =
            c->result(QStringLiteral("service.query"),
                      where(QStringLiteral("service"), QStringLiteral("="), QStringLiteral("iscsitarget")))
                .toArray()
                .at(0)
                .toObject();
        QCOMPARE(svc.value(QStringLiteral("state")).toString(), QStringLiteral("RUNNING"));
        QCOMPARE(svc.value(QStringLiteral("enable")).toBool(), true);
        QVERIFY(m_server->storage()->iscsiServiceRunning());
        const QJsonValue sessions = c->result(QStringLiteral("iscsi.global.sessions"),
                                              where(QStringLiteral("target"), QStringLiteral("="),
                                                    QStringLiteral("iqn.2005-10.org.freenas.ctl:esx-ds01")));
        QVERIFY(sessions.isArray());
        QCOMPARE(sessions.toArray().size(), 0);

        // Undo in reverse order (what the web UI wizard does on failure).
        QVERIFY(c->result(QStringLiteral("service.stop"), {QStringLiteral("iscsitarget")}).toBool());
        QVERIFY(c->result(QStringLiteral("service.update"),
                          {QStringLiteral("iscsitarget"), QJsonObject{{QStringLiteral("enable"), false}}})
                    .isDouble());
        QVERIFY(c->result(QStringLiteral("iscsi.targetextent.delete"), {te.value(QStringLiteral("id"))})
                    .toBool());
        QVERIFY(
            c->result(QStringLiteral("iscsi.extent.delete"), {extent.value(QStringLiteral("id"))}).toBool());
        QVERIFY(
            c->result(QStringLiteral("iscsi.target.delete"), {target.value(QStringLiteral("id"))}).toBool());
        QVERIFY(c->result(QStringLiteral("iscsi.auth.delete"), {auth.value(QStringLiteral("id"))}).toBool());
        QVERIFY(c->result(QStringLiteral("iscsi.initiator.delete"), {initiator.value(QStringLiteral("id"))})
                    .toBool());
        QVERIFY(
            c->result(QStringLiteral("iscsi.portal.delete"), {portal.value(QStringLiteral("id"))}).toBool());
        QVERIFY(c->result(QStringLiteral("pool.dataset.delete"),
                          {QStringLiteral("tank/vmware"), QJsonObject{{QStringLiteral("recursive"), true}}})
                    .toBool());
        QCOMPARE(
            errorCode(c->call(QStringLiteral("iscsi.portal.delete"), {portal.value(QStringLiteral("id"))})),
            -32602); // gone
        QCOMPARE(m_server->dumpState().value(QStringLiteral("iscsi")).toObject(), before);
        const QJsonValue volumes =
            c->result(QStringLiteral("pool.dataset.query"),
                      where(QStringLiteral("type"), QStringLiteral("="), QStringLiteral("VOLUME")));
        QVERIFY(volumes.isArray());
        QCOMPARE(volumes.toArray().size(), 0);
        QCOMPARE(c->result(QStringLiteral("pool.dataset.query"),
                           where(QStringLiteral("type"), QStringLiteral("="), QStringLiteral("FILESYSTEM")))
                     .toArray()
                     .size(),
                 1);
    }

    void zvolValidation()
    {
        auto c = client();
        QVERIFY(c);
        auto create = [&](double size, bool force, const QString& name) {
            QJsonObject o{{QStringLiteral("name"), name},
                          {QStringLiteral("type"), QStringLiteral("VOLUME")},
                          {QStringLiteral("volsize"), size}};
            if (force)
                o.insert(QStringLiteral("force_size"), true);
            return c->call(QStringLiteral("pool.dataset.create"), {o});
        };
        // Not a multiple of the (defaulted) 16K volblocksize.
        QVERIFY(hasExtra(create(1000000.0, false, QStringLiteral("tank/z1")),
                         QStringLiteral("pool_dataset_create.volsize"),
                         QStringLiteral("Volume size should be a multiple of volume block size")));
        // 13194139533312 free: 80 % is 10555311626649.6; 10 TiB (10995116277760) is above it.
        QVERIFY(hasExtra(
            create(10995116277760.0, false, QStringLiteral("tank/z2")),
            QStringLiteral("pool_dataset_create.volsize"),
            QStringLiteral("It is not recommended to use more than 80% of your available space for VOLUME")));
        QVERIFY(create(10995116277760.0, true, QStringLiteral("tank/z2")).contains(QStringLiteral("result")));
        QVERIFY(hasExtra(create(16384.0, false, QStringLiteral("nopool/z3")),
                         QStringLiteral("pool_dataset_create.name"),
                         QStringLiteral("Parent dataset does not exist for specified name.")));
        QVERIFY(hasExtra(c->call(QStringLiteral("pool.dataset.create"),
                                 {QJsonObject{{QStringLiteral("name"), QStringLiteral("tank/z4")},
                                              {QStringLiteral("type"), QStringLiteral("VOLUME")},
                                              {QStringLiteral("volsize"), 16384},
                                              {QStringLiteral("recordsize"), QStringLiteral("128K")}}}),
                         QStringLiteral("pool_dataset_create.recordsize"),
                         QStringLiteral("This field is not valid for VOLUME")));
        // The thick 10 TiB volume now reserves space: the next 4 TiB volume breaks the 80 % rule.
        QVERIFY(hasExtra(
            create(4398046511104.0, false, QStringLiteral("tank/z5")),
            QStringLiteral("pool_dataset_create.volsize"),
            QStringLiteral("It is not recommended to use more than 80% of your available space for VOLUME")));
        QVERIFY(c->result(QStringLiteral("pool.dataset.delete"), {QStringLiteral("tank/z2")}).toBool());
    }

    void extentDeviceAppearsAfterDelay()
    {
        auto c = client();
        QVERIFY(c);
        QVERIFY(c->call(QStringLiteral("pool.dataset.create"),
                        {QJsonObject{{QStringLiteral("name"), QStringLiteral("tank/late")},
                                     {QStringLiteral("type"), QStringLiteral("VOLUME")},
                                     {QStringLiteral("volsize"), 1073741824.0}}})
                    .contains(QStringLiteral("result")));
        const QJsonObject extent{{QStringLiteral("name"), QStringLiteral("late")},
                                 {QStringLiteral("disk"), QStringLiteral("zvol/tank/late")}};
        // Immediately after the create the /dev/zvol node is not there yet (§4.1).
        QVERIFY(!c->result(QStringLiteral("iscsi.extent.disk_choices"))
                     .toObject()
                     .contains(QStringLiteral("zvol/tank/late")));
        QVERIFY(
            hasExtra(c->call(QStringLiteral("iscsi.extent.create"), {extent}),
                     QStringLiteral("iscsi_extent_create.disk"),
                     QStringLiteral("Device '/dev/zvol/tank/late' for volume 'tank/late' does not exist")));
        QTRY_VERIFY_WITH_TIMEOUT(c->result(QStringLiteral("iscsi.extent.disk_choices"))
                                         .toObject()
                                         .value(QStringLiteral("zvol/tank/late"))
                                         .toString() == QLatin1String("tank/late (1 GiB)"),
                                 5000);
        const QJsonObject ok = c->call(QStringLiteral("iscsi.extent.create"), {extent});
        QVERIFY(ok.contains(QStringLiteral("result")));
        QVERIFY(hasExtra(c->call(QStringLiteral("iscsi.extent.create"),
                                 {QJsonObject{{QStringLiteral("name"), QStringLiteral("bad")},
                                              {QStringLiteral("disk"), QStringLiteral("tank/late")}}}),
                         QStringLiteral("iscsi_extent_create.disk"),
                         QStringLiteral("Disk name must start with \"zvol/\"")));
        QVERIFY(c->result(QStringLiteral("iscsi.extent.delete"),
                          {ok.value(QStringLiteral("result")).toObject().value(QStringLiteral("id"))})
                    .toBool());
        QVERIFY(c->result(QStringLiteral("pool.dataset.delete"), {QStringLiteral("tank/late")}).toBool());
    }

    void interfaceCommitCheckin()
    {
        auto c = client();
        QVERIFY(c);
        auto mtuOf = [&](const QString& nic) {
            for (const StorageNic& n : m_server->storage()->nics())
                if (n.name == nic)
                    return n.mtu;
            return -1;
        };
        QVERIFY(!c->result(QStringLiteral("interface.has_pending_changes")).toBool(true));
        const QJsonObject staged =
            c->result(QStringLiteral("interface.update"),
                      {QStringLiteral("enp4s0f0"), QJsonObject{{QStringLiteral("mtu"), 1500}}})
                .toObject();
        QCOMPARE(staged.value(QStringLiteral("mtu")).toInt(), 1500);
        QCOMPARE(staged.value(QStringLiteral("state")).toObject().value(QStringLiteral("mtu")).toInt(),
                 9000); // not applied yet
        QVERIFY(c->result(QStringLiteral("interface.has_pending_changes")).toBool());
        QCOMPARE(mtuOf(QStringLiteral("enp4s0f0")), 9000);
        // checkin_timeout 60 s × timeScale 0.01 = 600 ms of lab time.
        QVERIFY(c->call(QStringLiteral("interface.commit"),
                        {QJsonObject{{QStringLiteral("rollback"), true},
                                     {QStringLiteral("checkin_timeout"), 60}}})
                    .contains(QStringLiteral("result")));
        QCOMPARE(mtuOf(QStringLiteral("enp4s0f0")), 1500);
        const QJsonValue waiting = c->result(QStringLiteral("interface.checkin_waiting"));
        QVERIFY2(waiting.isDouble() && waiting.toInt() > 0 && waiting.toInt() <= 60,
                 QJsonDocument(QJsonArray{waiting}).toJson().constData());
        QVERIFY(c->call(QStringLiteral("interface.checkin")).contains(QStringLiteral("result")));
        QVERIFY(c->result(QStringLiteral("interface.checkin_waiting")).isNull());
        QVERIFY(!c->result(QStringLiteral("interface.has_pending_changes")).toBool(true));
        QTest::qWait(800); // past the would-be rollback: the change stays
        QCOMPARE(mtuOf(QStringLiteral("enp4s0f0")), 1500);
        // Put it back permanently (rollback false: no timer).
        QVERIFY(c->call(QStringLiteral("interface.update"),
                        {QStringLiteral("enp4s0f0"), QJsonObject{{QStringLiteral("mtu"), 9000}}})
                    .contains(QStringLiteral("result")));
        QVERIFY(
            c->call(QStringLiteral("interface.commit"), {QJsonObject{{QStringLiteral("rollback"), false}}})
                .contains(QStringLiteral("result")));
        QCOMPARE(mtuOf(QStringLiteral("enp4s0f0")), 9000);
        QVERIFY(!c->result(QStringLiteral("interface.has_pending_changes")).toBool(true));
    }

    void interfaceAutomaticRollback()
    {
        auto c = client();
        QVERIFY(c);
        // Portal on the address that the change removes: the listen delegate rewrites it to 0.0.0.0 (§5.3).
        const QJsonObject portal =
            c->result(QStringLiteral("iscsi.portal.create"),
                      {QJsonObject{
                          {QStringLiteral("listen"),
                           QJsonArray{QJsonObject{{QStringLiteral("ip"), QStringLiteral("10.20.20.10")}}}}}})
                .toObject();
        QVERIFY(c->call(QStringLiteral("interface.update"),
                        {QStringLiteral("enp4s0f1"),
                         QJsonObject{{QStringLiteral("aliases"),
                                      QJsonArray{QJsonObject{
                                          {QStringLiteral("address"), QStringLiteral("10.20.30.10")},
                                          {QStringLiteral("netmask"), 29}}}},
                                     {QStringLiteral("mtu"), 1500}}})
                    .contains(QStringLiteral("result")));
        QVERIFY(c->call(QStringLiteral("interface.commit"),
                        {QJsonObject{{QStringLiteral("checkin_timeout"), 30}}})
                    .contains(QStringLiteral("result")));
        QVERIFY(c->result(QStringLiteral("iscsi.portal.listen_ip_choices"))
                    .toObject()
                    .contains(QStringLiteral("10.20.30.10")));
        QCOMPARE(c->result(QStringLiteral("iscsi.portal.query"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("listen"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("ip"))
                     .toString(),
                 QStringLiteral("0.0.0.0"));
        // No checkin: 30 s × 0.01 = 300 ms later everything is back.
        QTRY_VERIFY_WITH_TIMEOUT(!c->result(QStringLiteral("interface.has_pending_changes")).toBool(true),
                                 5000);
        const QJsonObject nic =
            c->result(QStringLiteral("interface.query"),
                      whereGet(QStringLiteral("name"), QStringLiteral("="), QStringLiteral("enp4s0f1")))
                .toObject();
        QCOMPARE(nic.value(QStringLiteral("aliases"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("address"))
                     .toString(),
                 QStringLiteral("10.20.20.10"));
        QCOMPARE(nic.value(QStringLiteral("state")).toObject().value(QStringLiteral("mtu")).toInt(), 9000);
        QCOMPARE(c->result(QStringLiteral("iscsi.portal.query"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("listen"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("ip"))
                     .toString(),
                 QStringLiteral("10.20.20.10"));
        QVERIFY(
            c->result(QStringLiteral("iscsi.portal.delete"), {portal.value(QStringLiteral("id"))}).toBool());
    }

    void interfaceValidation()
    {
        auto c = client();
        QVERIFY(c);
        const QJsonObject sameSubnet = c->call(
            QStringLiteral("interface.update"),
            {QStringLiteral("enp4s0f1"),
             QJsonObject{{QStringLiteral("aliases"),
                          QJsonArray{QJsonObject{{QStringLiteral("address"), QStringLiteral("10.20.10.11")},
                                                 {QStringLiteral("netmask"), 29}}}}}});
        QVERIFY(
            hasExtra(sameSubnet, QStringLiteral("interface_update.aliases.0"),
                     QStringLiteral("The network 10.20.10.8/29 is already in use by another interface.")));
        QVERIFY(hasExtra(c->call(QStringLiteral("interface.update"),
                                 {QStringLiteral("enp4s0f1"), QJsonObject{{QStringLiteral("mtu"), 9217}}}),
                         QStringLiteral("interface_update.mtu"),
                         QStringLiteral("Input should be less than or equal to 9216")));
        QVERIFY(!c->result(QStringLiteral("interface.has_pending_changes")).toBool(true)); // nothing staged
    }

    void portalValidation()
    {
        auto c = client();
        QVERIFY(c);
        const QJsonObject choices = c->result(QStringLiteral("iscsi.portal.listen_ip_choices")).toObject();
        QVERIFY(choices.contains(QStringLiteral("0.0.0.0")) &&
                choices.contains(QStringLiteral("10.20.10.10")));
        QVERIFY(!choices.contains(QStringLiteral("192.168.50.20"))); // DHCP lease: not offered
        auto create = [&](const QString& ip) {
            return c->call(QStringLiteral("iscsi.portal.create"),
                           {QJsonObject{{QStringLiteral("listen"),
                                         QJsonArray{QJsonObject{{QStringLiteral("ip"), ip}}}}}});
        };
        QVERIFY(hasExtra(create(QStringLiteral("192.168.50.20")), QStringLiteral("iscsiportal_create.listen"),
                         QStringLiteral("IP 192.168.50.20 not configured on this system.")));
        QVERIFY(hasExtra(create(QStringLiteral("10.9.9.9")), QStringLiteral("iscsiportal_create.listen"),
                         QStringLiteral("IP 10.9.9.9 not configured on this system.")));
        const QJsonObject p = create(QStringLiteral("10.20.10.10"));
        QVERIFY(hasExtra(create(QStringLiteral("10.20.10.10")), QStringLiteral("iscsiportal_create.listen"),
                         QStringLiteral("'10.20.10.10' IP is already in use.")));
        QVERIFY(hasExtra(c->call(QStringLiteral("iscsi.portal.create"),
                                 {QJsonObject{{QStringLiteral("listen"), QJsonArray()}}}),
                         QStringLiteral("iscsiportal_create.listen"),
                         QStringLiteral("At least one listen entry is required.")));
        QVERIFY(hasExtra(c->call(QStringLiteral("iscsi.auth.create"),
                                 {QJsonObject{{QStringLiteral("tag"), 1},
                                              {QStringLiteral("user"), QStringLiteral("u")},
                                              {QStringLiteral("secret"), QStringLiteral("short")}}}),
                         QStringLiteral("iscsi_auth_create.secret"),
                         QStringLiteral("Secret must be between 12 and 16 characters.")));
        QVERIFY(hasExtra(c->call(QStringLiteral("iscsi.target.create"),
                                 {QJsonObject{{QStringLiteral("name"), QStringLiteral("Bad Name")}}}),
                         QStringLiteral("iscsi_target_create.name"),
                         QStringLiteral("Only lowercase alphanumeric characters plus dot (.), dash (-), and "
                                        "colon (:) are allowed.")));
        QVERIFY(hasExtra(
            c->call(
                QStringLiteral("iscsi.target.create"),
                {QJsonObject{{QStringLiteral("name"), QStringLiteral("t1")},
                             {QStringLiteral("groups"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("portal"),
                                   p.value(QStringLiteral("result")).toObject().value(QStringLiteral("id"))},
                                  {QStringLiteral("authmethod"), QStringLiteral("CHAP")}}}}}}),
            QStringLiteral("iscsi_target_create.groups.0.auth"),
            QStringLiteral("Authentication group is required for CHAP and CHAP Mutual")));
        QVERIFY(c->result(QStringLiteral("iscsi.portal.delete"),
                          {p.value(QStringLiteral("result")).toObject().value(QStringLiteral("id"))})
                    .toBool());
    }

    void keyRevokedWhenUsedOverWs()
    {
        QTemporaryDir dir;
        TrueNasServer* s = makeServer(scenario(QStringLiteral("25.04.2")), dir.path());
        const QString key = s->apiKey();
        TrueNasTestClient plain;
        QVERIFY(plain.open(QStringLiteral("ws://127.0.0.1:%1/api/current").arg(s->wsPort())));
        const QJsonObject r =
            plain.call(QStringLiteral("auth.login_ex"), {loginData(QStringLiteral("root"), key)});
        QCOMPARE(
            r.value(QStringLiteral("result")).toObject().value(QStringLiteral("response_type")).toString(),
            QStringLiteral("EXPIRED"));
        QCOMPARE(errorCode(plain.call(QStringLiteral("core.ping"))), -32001);
        // Dead for the rest of the lab's life, over wss too.
        TrueNasTestClient secure(certOf(s));
        QVERIFY(secure.open(wss(*s)));
        QCOMPARE(secure.call(QStringLiteral("auth.login_ex"), {loginData(QStringLiteral("root"), key)})
                     .value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("response_type"))
                     .toString(),
                 QStringLiteral("EXPIRED"));
        QCOMPARE(secure.result(QStringLiteral("auth.login_with_api_key"), {key}).toBool(true), false);
        QCOMPARE(s->dumpState()
                     .value(QStringLiteral("apiKeys"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("revoked"))
                     .toBool(),
                 true);
        delete s;
    }

    void rateLimitUnauthenticated()
    {
        QTemporaryDir dir;
        TrueNasServer* s = makeServer(scenario(QStringLiteral("25.04.2"), 0.001), dir.path());
        TrueNasTestClient c(certOf(s));
        QVERIFY(c.open(wss(*s)));
        const QString bad = QStringLiteral("1-") + QString(64, QLatin1Char('x'));
        for (int i = 0; i < 20; ++i)
            QCOMPARE(c.result(QStringLiteral("auth.login_with_api_key"), {bad}).toBool(true), false);
        const QJsonObject limited = c.call(QStringLiteral("auth.login_with_api_key"), {bad});
        QCOMPARE(errorCode(limited), -32001);
        QCOMPARE(errorData(limited).value(QStringLiteral("errname")).toString(), QStringLiteral("EBUSY"));
        QCOMPARE(errorData(limited).value(QStringLiteral("error")).toInt(), 16);
        QCOMPARE(errorData(limited).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("[EBUSY] Rate Limit Exceeded"));
        // Even the right key is refused on that method now (the window lasts 60 s) …
        QCOMPARE(errorCode(c.call(QStringLiteral("auth.login_with_api_key"), {s->apiKey()})), -32001);
        // … but the limit is per method: login_ex still works, and authenticated calls are never limited.
        QCOMPARE(c.call(QStringLiteral("auth.login_ex"), {loginData(QStringLiteral("root"), s->apiKey())})
                     .value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("response_type"))
                     .toString(),
                 QStringLiteral("SUCCESS"));
        for (int i = 0; i < 25; ++i)
            QCOMPARE(c.result(QStringLiteral("core.ping")).toString(), QStringLiteral("pong"));
        delete s;
    }

    void version2510ServiceControlJob()
    {
        QTemporaryDir dir;
        TrueNasServer* s = makeServer(scenario(QStringLiteral("25.10.1")), dir.path());
        const auto [status, body] = httpsGet(*s, "/api/versions");
        QCOMPARE(status, QByteArray("HTTP/1.1 200 OK"));
        QVERIFY(QJsonDocument::fromJson(body).array().contains(QStringLiteral("v25.10.1")));
        auto c = std::make_unique<TrueNasTestClient>(certOf(s));
        QVERIFY(c->open(wss(*s, QStringLiteral("/api/v25.10.1"))));
        QCOMPARE(c->call(QStringLiteral("auth.login_ex"), {loginData(QStringLiteral("root"), s->apiKey())})
                     .value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("response_type"))
                     .toString(),
                 QStringLiteral("SUCCESS"));
        QCOMPARE(c->result(QStringLiteral("system.version_short")).toString(), QStringLiteral("25.10.1"));
        // Subscribe before starting the job, as the official client does (§1.4).
        QVERIFY(c->result(QStringLiteral("core.subscribe"), {QStringLiteral("core.get_jobs")}).isString());
        const QJsonValue jobId = c->result(QStringLiteral("service.control"),
                                           {QStringLiteral("START"), QStringLiteral("iscsitarget"),
                                            QJsonObject{{QStringLiteral("silent"), false}}});
        QVERIFY(jobId.isDouble());
        auto finished = [&] {
            for (const QJsonObject& n : c->notifications) {
                const QJsonObject p = n.value(QStringLiteral("params")).toObject();
                if (n.value(QStringLiteral("method")).toString() == QLatin1String("collection_update") &&
                    p.value(QStringLiteral("collection")).toString() == QLatin1String("core.get_jobs") &&
                    p.value(QStringLiteral("id")) == jobId &&
                    p.value(QStringLiteral("fields")).toObject().value(QStringLiteral("state")).toString() ==
                        QLatin1String("SUCCESS"))
                    return true;
            }
            return false;
        };
        for (int i = 0; i < 50 && !finished(); ++i)
            c->waitMessage(100);
        QVERIFY(finished());
        const QJsonObject job = c->result(QStringLiteral("core.get_jobs"),
                                          whereGet(QStringLiteral("id"), QStringLiteral("="), jobId))
                                    .toObject();
        QCOMPARE(job.value(QStringLiteral("method")).toString(), QStringLiteral("service.control"));
        QCOMPARE(job.value(QStringLiteral("result")).toBool(), true);
        QVERIFY(job.value(QStringLiteral("message_ids")).isArray());
        QVERIFY(s->storage()->iscsiServiceRunning());
        // 25.10 extents carry product_id "iSCSI Disk" by default.
        QVERIFY(c->call(QStringLiteral("pool.dataset.create"),
                        {QJsonObject{{QStringLiteral("name"), QStringLiteral("tank/v")},
                                     {QStringLiteral("type"), QStringLiteral("VOLUME")},
                                     {QStringLiteral("volsize"), 1073741824.0}}})
                    .contains(QStringLiteral("result")));
        QTRY_VERIFY_WITH_TIMEOUT(c->result(QStringLiteral("iscsi.extent.disk_choices"))
                                     .toObject()
                                     .contains(QStringLiteral("zvol/tank/v")),
                                 5000);
        const QJsonObject e =
            c->result(QStringLiteral("iscsi.extent.create"),
                      {QJsonObject{{QStringLiteral("name"), QStringLiteral("v")},
                                   {QStringLiteral("disk"), QStringLiteral("zvol/tank/v")}}})
                .toObject();
        QCOMPARE(e.value(QStringLiteral("product_id")).toString(), QStringLiteral("iSCSI Disk"));
        // New-style jobs (core.set_options legacy_jobs=false): the call answers when the job ends.
        QVERIFY(
            c->call(QStringLiteral("core.set_options"), {QJsonObject{{QStringLiteral("legacy_jobs"), false}}})
                .contains(QStringLiteral("result")));
        QCOMPARE(c->call(QStringLiteral("service.control"),
                         {QStringLiteral("STOP"), QStringLiteral("iscsitarget"), QJsonObject()})
                     .value(QStringLiteral("result"))
                     .toBool(),
                 true);
        QVERIFY(!s->storage()->iscsiServiceRunning());
        delete s;

        // 25.04 has no service.control.
        auto old = client();
        QVERIFY(old);
        QCOMPARE(
            errorCode(old->call(QStringLiteral("service.control"),
                                {QStringLiteral("START"), QStringLiteral("iscsitarget"), QJsonObject()})),
            -32601);
    }

    void controlActions()
    {
        auto c = client();
        QVERIFY(c);
        QCOMPARE(m_server
                     ->control(QStringLiteral("truenas.fail"),
                               {{QStringLiteral("method"), QStringLiteral("core.ping")},
                                {QStringLiteral("call"), 2},
                                {QStringLiteral("error"), QStringLiteral("middleware hiccup")}})
                     .value(QStringLiteral("call"))
                     .toInt(),
                 2);
        QCOMPARE(c->result(QStringLiteral("core.ping")).toString(), QStringLiteral("pong"));
        const QJsonObject failed = c->call(QStringLiteral("core.ping"));
        QCOMPARE(errorCode(failed), -32001);
        QCOMPARE(errorData(failed).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("[EFAULT] middleware hiccup"));
        QCOMPARE(c->result(QStringLiteral("core.ping")).toString(), QStringLiteral("pong"));

        const QString oldPrint = m_server->certSha256();
        const QJsonObject rotated = m_server->control(QStringLiteral("truenas.cert-rotate"), {});
        QVERIFY(rotated.value(QStringLiteral("certSha256")).toString() != oldPrint);
        TrueNasTestClient stale(m_cert); // pinned to the old certificate: refused now
        QVERIFY(!stale.open(wss(*m_server), 3000));
        m_cert = certOf(m_server);
        QCOMPARE(QString::fromLatin1(m_cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper()),
                 m_server->certSha256());

        QVERIFY(
            m_server->control(QStringLiteral("truenas.drop"), {}).value(QStringLiteral("dropped")).toInt() >=
            1);
        QVERIFY(c->waitDisconnected(3000));
        QCOMPARE(m_server->control(QStringLiteral("truenas.state"), {})
                     .value(QStringLiteral("version"))
                     .toString(),
                 QStringLiteral("25.04.2"));
        QCOMPARE(
            m_server->control(QStringLiteral("truenas.nope"), {}).value(QStringLiteral("ok")).toBool(true),
            false);
    }

    // truenas.fail modes (the fault matrix, issue 9): `drop` aborts the WebSocket instead of answering,
    // `hang` never answers; in neither does the method run.
    void controlFaultModes()
    {
        QCOMPARE(m_server
                     ->control(QStringLiteral("truenas.fail"),
                               {{QStringLiteral("method"), QStringLiteral("core.ping")},
                                {QStringLiteral("mode"), QStringLiteral("sideways")}})
                     .value(QStringLiteral("ok"))
                     .toBool(true),
                 false);
        auto c = client();
        QVERIFY(c);
        m_server->control(QStringLiteral("truenas.fail"),
                          {{QStringLiteral("method"), QStringLiteral("core.ping")},
                           {QStringLiteral("call"), 1},
                           {QStringLiteral("mode"), QStringLiteral("drop")}});
        c->send(QStringLiteral("core.ping"));
        QVERIFY(c->waitDisconnected(3000));

        auto h = client();
        QVERIFY(h);
        m_server->control(QStringLiteral("truenas.fail"),
                          {{QStringLiteral("method"), QStringLiteral("core.ping")},
                           {QStringLiteral("call"), 1},
                           {QStringLiteral("mode"), QStringLiteral("hang")}});
        QVERIFY(h->call(QStringLiteral("core.ping"), {}, 1500).isEmpty()); // no answer within 1.5 s
        QCOMPARE(h->result(QStringLiteral("core.ping")).toString(), QStringLiteral("pong")); // the next one
    }

    void configValidation()
    {
        QJsonObject bad = scenario(QStringLiteral("24.10.2"));
        bad.insert(QStringLiteral("colour"), QStringLiteral("blue"));
        TrueNasServer s(bad, m_dir.path());
        QString error;
        QVERIFY(!s.start(&error));
        QVERIFY2(error.contains(QStringLiteral("truenas.version")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("truenas.colour: unknown key")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTrueNasApi)
#include "tst_truenas_api.moc"
