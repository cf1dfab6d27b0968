#include "core/common/AppPaths.h"
#include "core/log/Log.h"
#include "core/log/Redactor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <spdlog/sinks/ostream_sink.h>
#include <sstream>

using namespace mpio;

// A secret passed through any log call never reaches a sink (issue 2, Logging).
class TestLogRedaction : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::ostringstream m_captured;
    std::shared_ptr<spdlog::sinks::ostream_sink_mt> m_sink;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        AppPaths::setStateDir(m_dir.path());
        Log::Options o;
        o.level = QStringLiteral("trace");
        o.toFile = true;
        o.fileName = QStringLiteral("test.log");
        Log::init(o);
        m_sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(m_captured);
        Log::addSink(m_sink);
    }

    void secretNeverReachesASink()
    {
        const QString apiKey = QStringLiteral("1-Zx8pLq3RvT6yWm2Nc5Hs9Kd4Fg7Bj0Aa");
        const QString chap = QStringLiteral("s3cr3t-chap!");
        Redactor::add(apiKey);
        Redactor::add(chap);
        Log::get("truenas")->info("logging in with key {}", apiKey);
        Log::get("esxi")->warn("chap={} user=root", chap.toStdString());
        Log::get("plan")->error("{}{}", apiKey.left(10).toStdString(), apiKey.mid(10).toStdString()); // split, joined by fmt
        Log::get("esxi")->debug("concatenated: " + apiKey.toStdString() + "/" + chap.toStdString());
        qWarning("via Qt: %s", qPrintable(apiKey));
        Log::shutdown();

        const std::string text = m_captured.str();
        QVERIFY2(text.find(apiKey.toStdString()) == std::string::npos, text.c_str());
        QVERIFY2(text.find(chap.toStdString()) == std::string::npos, text.c_str());
        QVERIFY(text.find("logging in with key") != std::string::npos); // the line itself survives
        QVERIFY(text.find(Redactor::kMask) != std::string::npos);
        QVERIFY(text.find("via Qt") != std::string::npos);

        QFile file(Log::logFilePath());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(Log::logFilePath()));
        const QByteArray onDisk = file.readAll();
        QVERIFY(!onDisk.contains(apiKey.toUtf8()));
        QVERIFY(!onDisk.contains(chap.toUtf8()));
        QVERIFY(onDisk.contains("logging in with key"));
    }

    void longestSecretMaskedWhole()
    {
        Redactor::clear();
        Redactor::add(QStringLiteral("abcd"));
        Redactor::add(QStringLiteral("abcdefgh"));
        QCOMPARE(Redactor::redact(QStringLiteral("x abcdefgh y")), QStringLiteral("x \u00abredacted\u00bb y"));
        Redactor::add(QStringLiteral("ab")); // too short to register: would mask ordinary words
        QCOMPARE(Redactor::redact(QStringLiteral("ab")), QStringLiteral("ab"));
    }
};

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "tst_log_redaction.moc"
