// The control protocol (app/lab/ENDPOINTS.md) over a real loopback socket, the state dump, endpoints.json.
#include "TestEnv.h"
#include "app/lab/Lab.h"
#include "app/lab/ssh/SshServerPool.h"
#include "app/lab/world/Scenario.h"
#include "app/lab/world/World.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace mpio::lab;

namespace {

Scenario load(const QString& name)
{
    Scenario sc;
    QString error;
    if (!Scenario::fromFile(Scenario::resolve(name), &sc, &error))
        qFatal("%s", qPrintable(error));
    return sc;
}

} // namespace

class TestLabControl : public QObject
{
    Q_OBJECT

    QTemporaryDir* m_dir = nullptr;
    Lab* m_lab = nullptr;
    QTcpSocket* m_socket = nullptr;

    QJsonObject send(const QByteArray& line)
    {
        m_socket->write(line + '\n');
        QJsonObject reply;
        [&] { QTRY_VERIFY_WITH_TIMEOUT(m_socket->canReadLine(), 5000); }();
        if (m_socket->canReadLine())
            reply = QJsonDocument::fromJson(m_socket->readLine()).object();
        return reply;
    }

    QJsonObject request(const QString& action, const QJsonObject& args = {})
    {
        return send(
            QJsonDocument(QJsonObject{{QStringLiteral("action"), action}, {QStringLiteral("args"), args}})
                .toJson(QJsonDocument::Compact));
    }

    QByteArray stateBytes()
    {
        const QJsonObject r = request(QStringLiteral("state"));
        return QJsonDocument(r.value(QStringLiteral("result")).toObject()).toJson(QJsonDocument::Compact);
    }

private slots:
    void init()
    {
        m_dir = new QTemporaryDir;
        m_lab = new Lab(load(QStringLiteral("already-configured")), m_dir->path());
        QString error;
        QVERIFY2(m_lab->start(0, &error), qPrintable(error));
        m_socket = new QTcpSocket;
        m_socket->connectToHost(QStringLiteral("127.0.0.1"), m_lab->controlPort());
        QTRY_VERIFY_WITH_TIMEOUT(m_socket->state() == QAbstractSocket::ConnectedState, 5000);
    }

    void cleanup()
    {
        delete m_socket;
        delete m_lab;
        delete m_dir;
    }

    void stateIsDeterministicAndCompleteButSecretFree()
    {
        const QByteArray a = stateBytes();
        const QByteArray b = stateBytes();
        QVERIFY(!a.isEmpty());
        QCOMPARE(a, b);
        const QJsonObject s = QJsonDocument::fromJson(a).object();
        QCOMPARE(s.value(QStringLiteral("scenario")).toString(), QStringLiteral("already-configured"));
        QCOMPARE(s.value(QStringLiteral("hosts")).toArray().size(), 2);
        QCOMPARE(s.value(QStringLiteral("switches")).toArray().size(), 3);
        QCOMPARE(s.value(QStringLiteral("storage")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("scenario"));
        QVERIFY(!a.contains("Lab-esx01-pw"));
        // A second lab from the same scenario dumps the same bytes.
        QTemporaryDir other;
        Lab twin(load(QStringLiteral("already-configured")), other.path());
        QCOMPARE(QJsonDocument(twin.world().dumpState()).toJson(QJsonDocument::Compact), a);
    }

    void faultsChangeTheStateAndResetRestoresIt()
    {
        const QByteArray before = stateBytes();
        QJsonObject r = request(QStringLiteral("cable-pull"),
                                {{QStringLiteral("cable"), QStringLiteral("esx01-vmnic2")}});
        QVERIFY(r.value(QStringLiteral("ok")).toBool());
        const QByteArray pulled = stateBytes();
        QVERIFY(pulled != before);
        QVERIFY(!m_lab->world().host(QStringLiteral("esx01"))->vmnic(QStringLiteral("vmnic2"))->linkUp);
        QVERIFY(request(QStringLiteral("cable-restore"),
                        {{QStringLiteral("cable"), QStringLiteral("esx01-vmnic2")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QCOMPARE(stateBytes(), before);

        QVERIFY(request(QStringLiteral("switch-down"), {{QStringLiteral("switch"), QStringLiteral("Core-B")}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QVERIFY(!m_lab->world().host(QStringLiteral("esx02"))->vmnic(QStringLiteral("vmnic3"))->linkUp);
        QVERIFY(request(QStringLiteral("port-mtu"),
                        {{QStringLiteral("switch"), QStringLiteral("Core-A")}, {QStringLiteral("mtu"), 1500}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QCOMPARE(m_lab->world().switches()[1].portMtu, 1500);
        QVERIFY(request(QStringLiteral("reset")).value(QStringLiteral("ok")).toBool());
        QCOMPARE(stateBytes(), before);
    }

    void errorsAreRepliesNotDisconnects()
    {
        QJsonObject r =
            request(QStringLiteral("cable-pull"), {{QStringLiteral("cable"), QStringLiteral("nope")}});
        QCOMPARE(r.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(r.value(QStringLiteral("error")).toString().contains(QStringLiteral("nope")));
        r = request(QStringLiteral("fly"));
        QCOMPARE(r.value(QStringLiteral("error")).toString(), QStringLiteral("unknown action \"fly\""));
        r = request(QStringLiteral("port-mtu"), {{QStringLiteral("switch"), QStringLiteral("Core-A")}});
        QCOMPARE(r.value(QStringLiteral("ok")).toBool(), false);
        r = send("this is not json");
        QCOMPARE(r.value(QStringLiteral("ok")).toBool(), false);
        r = send(R"({"args":{}})");
        QVERIFY(r.value(QStringLiteral("error")).toString().contains(QStringLiteral("action")));
        r = request(QStringLiteral("ssh-drop"), {{QStringLiteral("host"), QStringLiteral("esx99")}});
        QCOMPARE(r.value(QStringLiteral("ok")).toBool(), false);
        // Still connected and serving.
        QVERIFY(request(QStringLiteral("state")).value(QStringLiteral("ok")).toBool());
    }

    void truenasActionsAreForwarded()
    {
        QJsonObject r = request(QStringLiteral("truenas.drop"));
        QCOMPARE(r.value(QStringLiteral("ok")).toBool(), false);
        QString seenAction;
        QJsonObject seenArgs;
        m_lab->world().setExtraControl([&](const QString& action, const QJsonObject& args) {
            seenAction = action;
            seenArgs = args;
            if (action == QLatin1String("truenas.fail"))
                return QJsonObject{{QStringLiteral("ok"), false},
                                   {QStringLiteral("error"), QStringLiteral("no such method")}};
            return QJsonObject{{QStringLiteral("dropped"), 2}};
        });
        r = request(QStringLiteral("truenas.drop"));
        QVERIFY(r.value(QStringLiteral("ok")).toBool());
        QCOMPARE(r.value(QStringLiteral("result")).toObject().value(QStringLiteral("dropped")).toInt(), 2);
        QCOMPARE(seenAction, QStringLiteral("truenas.drop"));
        r = request(QStringLiteral("truenas.fail"),
                    {{QStringLiteral("method"), QStringLiteral("pool.query")}});
        QCOMPARE(r.value(QStringLiteral("error")).toString(), QStringLiteral("no such method"));
        QCOMPARE(seenArgs.value(QStringLiteral("method")).toString(), QStringLiteral("pool.query"));
    }

    void endpointsJsonShape()
    {
        const QString path = m_lab->endpointsPath();
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        QJsonObject ep = QJsonDocument::fromJson(mpio::test::readFile(path)).object();
        const QJsonObject lab = ep.value(QStringLiteral("lab")).toObject();
        QCOMPARE(lab.value(QStringLiteral("version")).toString(), QStringLiteral(MPIO_VERSION));
        QCOMPARE(lab.value(QStringLiteral("pid")).toInteger(), QCoreApplication::applicationPid());
        QCOMPARE(lab.value(QStringLiteral("scenario")).toString(), QStringLiteral("already-configured"));
        QCOMPARE(lab.value(QStringLiteral("control")).toObject().value(QStringLiteral("host")).toString(),
                 QStringLiteral("127.0.0.1"));
        QCOMPARE(lab.value(QStringLiteral("control")).toObject().value(QStringLiteral("port")).toInt(),
                 int(m_lab->controlPort()));
        QVERIFY(!ep.contains(QStringLiteral("truenas")));
        const QJsonArray hosts = ep.value(QStringLiteral("hosts")).toArray();
        QCOMPARE(hosts.size(), 2);
        const QJsonObject h = hosts[0].toObject();
        QCOMPARE(h.keys(),
                 (QStringList{QStringLiteral("host"), QStringLiteral("hostKeySha256"), QStringLiteral("name"),
                              QStringLiteral("password"), QStringLiteral("port"), QStringLiteral("user"),
                              QStringLiteral("version")}));
        QCOMPARE(h.value(QStringLiteral("name")).toString(), QStringLiteral("esx01"));
        QCOMPARE(h.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(h.value(QStringLiteral("port")).toInt(), int(m_lab->ssh().port(QStringLiteral("esx01"))));
        QCOMPARE(h.value(QStringLiteral("user")).toString(), QStringLiteral("root"));
        QCOMPARE(h.value(QStringLiteral("version")).toString(), QStringLiteral("8.0.3"));
        QCOMPARE(hosts[1].toObject().value(QStringLiteral("version")).toString(), QStringLiteral("7.0.3"));
        QVERIFY(QRegularExpression(QStringLiteral("^SHA256:[A-Za-z0-9+/]{43}$"))
                    .match(h.value(QStringLiteral("hostKeySha256")).toString())
                    .hasMatch());

        m_lab->setTruenasEndpoint(
            {{QStringLiteral("name"), QStringLiteral("truenas")}, {QStringLiteral("port"), 1234}});
        ep = QJsonDocument::fromJson(mpio::test::readFile(path)).object();
        QCOMPARE(ep.value(QStringLiteral("truenas")).toObject().value(QStringLiteral("port")).toInt(), 1234);

        m_lab->stop();
        QVERIFY(!QFile::exists(path)); // no stale endpoints after a clean stop
    }
};

QTEST_GUILESS_MAIN(TestLabControl)
#include "tst_lab_control.moc"
