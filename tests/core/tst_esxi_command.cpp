// The argv → ESXi shell door (issue 3): real commands of the plan come through unchanged, and a seeded
// fuzz-style run proves that NO input produces a command line outside the grammar — every accepted line,
// split the way a POSIX shell (BusyBox ash) splits it, gives back exactly the argv, and contains no
// character the shell would expand.
#include "core/esxi/EsxiCommand.h"

#include <QRandomGenerator>
#include <QTest>

using mpio::esxi::EsxiCommand;

namespace {

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

// A minimal POSIX word splitter for what EsxiCommand may emit: words separated by spaces, single-quoted
// sections taken literally. Any other shell-special character makes it fail (returns false).
bool shellSplit(const QString& line, QStringList* words)
{
    words->clear();
    QString word;
    bool inWord = false, quoted = false;
    for (const QChar c : line) {
        if (quoted) {
            if (c == u'\'')
                quoted = false;
            else
                word += c;
            continue;
        }
        if (c == u'\'') {
            quoted = inWord = true;
            continue;
        }
        if (c == u' ') {
            if (inWord)
                words->append(word);
            word.clear();
            inWord = false;
            continue;
        }
        if (QStringLiteral("\\\"$`;|&<>*?()[]{}~#!\n\r\t").contains(c) || c.unicode() < 0x20)
            return false; // unquoted special character: the shell would interpret it
        word += c;
        inWord = true;
    }
    if (quoted)
        return false;
    if (inWord)
        words->append(word);
    return true;
}

} // namespace

class TestEsxiCommand : public QObject
{
    Q_OBJECT

private slots:
    void realCommandsPass_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::newRow("vmk add") << args(
            {"esxcli", "network", "ip", "interface", "add", "-i", "vmk2", "-p", "iSCSI-A"});
        QTest::newRow("port group with a space")
            << args({"esxcli", "network", "vswitch", "standard", "portgroup", "add", "-p", "iSCSI A", "-v",
                     "vSwitch1"});
        QTest::newRow("ipv4 set") << args({"esxcli", "network", "ip", "interface", "ipv4", "set", "-i",
                                           "vmk2", "-I", "10.20.10.11", "-N", "255.255.255.248", "-t",
                                           "static"});
        QTest::newRow("claim rule") << args({"esxcli", "storage", "nmp", "satp", "rule", "add", "-s",
                                             "VMW_SATP_DEFAULT_AA", "-V", "TrueNAS", "-M", "iSCSI Disk", "-P",
                                             "VMW_PSP_RR", "-O", "policy=iops;iops=1;", "-e",
                                             "TrueNAS iSCSI Claim Rule"});
        QTest::newRow("long options")
            << args({"esxcli", "storage", "nmp", "psp", "roundrobin", "deviceconfig", "set",
                     "--device=naa.6589cfc000000a4b2d5e7c0e3f9d8a11", "--iops=1", "--type=iops"});
        QTest::newRow("static target")
            << args({"esxcli", "iscsi", "adapter", "discovery", "statictarget", "add", "-A", "vmhba64", "-a",
                     "10.20.10.10:3260", "-n", "iqn.2005-10.org.freenas.ctl:vmw01"});
        QTest::newRow("vmkping") << args(
            {"vmkping", "-I", "vmk2", "-d", "-s", "8972", "-c", "3", "-W", "1", "10.20.10.10"});
    }
    void realCommandsPass()
    {
        QFETCH(QStringList, argv);
        const auto line = EsxiCommand::shellLine(argv);
        QVERIFY2(line.ok(), qPrintable(line.ok() ? QString() : line.error().message));
        QStringList words;
        QVERIFY2(shellSplit(*line, &words), qPrintable(*line));
        QCOMPARE(words, argv);
    }

    void hostileArgumentsAreRefused_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::newRow("program not allowed") << args({"rm", "-rf", "/"});
        QTest::newRow("empty") << QStringList{};
        QTest::newRow("semicolon in option") << args({"esxcli", "--x;reboot"});
        QTest::newRow("quote") << args({"esxcli", "network", "it's"});
        QTest::newRow("substitution") << args({"esxcli", "$(reboot)"});
        QTest::newRow("backtick") << args({"esxcli", "`id`"});
        QTest::newRow("newline") << args({"esxcli", "a\nreboot"});
        QTest::newRow("value as option") << args({"esxcli", "network", "--", "x"});
        QTest::newRow("double space") << args({"esxcli", "-p", "iSCSI  A"});
        QTest::newRow("trailing space") << args({"esxcli", "-p", "iSCSI "});
        QTest::newRow("unicode") << (args({"esxcli", "-p"}) << QStringLiteral("iSCSI\u00a0A"));
        QTest::newRow("over-long") << (args({"esxcli"}) << QString(256, u'a'));
        QTest::newRow("empty token") << args({"esxcli", ""});
    }
    void hostileArgumentsAreRefused()
    {
        QFETCH(QStringList, argv);
        const auto line = EsxiCommand::shellLine(argv);
        QVERIFY(!line.ok());
        QVERIFY(!line.error().message.isEmpty());
    }

    // Seeded, bounded: 20000 random argvs over an alphabet full of shell metacharacters.
    void fuzzNoLineOutsideTheGrammar()
    {
        QRandomGenerator rng(20261124);
        const QString alphabet = QStringLiteral("abcXYZ019 -_.:;=,/@+'\"\\$`|&<>*?()[]{}~#!\n\t\u00e4\u200b");
        int accepted = 0;
        for (int i = 0; i < 20000; ++i) {
            QStringList argv{rng.bounded(4) == 0 ? QStringLiteral("vmkping") : QStringLiteral("esxcli")};
            const int n = 1 + rng.bounded(5);
            for (int k = 0; k < n; ++k) {
                QString t;
                const int len = rng.bounded(12);
                if (rng.bounded(3) == 0)
                    t += QStringLiteral("--");
                for (int c = 0; c < len; ++c)
                    t += alphabet.at(rng.bounded(int(alphabet.size())));
                argv.append(t);
            }
            const auto line = EsxiCommand::shellLine(argv);
            if (!line.ok())
                continue;
            ++accepted;
            QStringList words;
            QVERIFY2(shellSplit(*line, &words), qPrintable(*line));
            QCOMPARE(words, argv);
        }
        QVERIFY2(accepted > 100, "the fuzz run must also exercise accepted lines");
        qInfo("%d of 20000 random argvs accepted, all round-trip exactly", accepted);
    }
};

QTEST_GUILESS_MAIN(TestEsxiCommand)
#include "tst_esxi_command.moc"
