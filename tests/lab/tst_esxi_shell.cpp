// The lab's ESXi command line: busybox-ash quoting, && || ;, exit codes, builtins and error texts.

#include "app/lab/esxi/EsxiHostState.h"
#include "app/lab/shell/EsxiShell.h"
#include "app/lab/shell/ShellLexer.h"

#include <QtTest>

using namespace mpio::lab;

class TstEsxiShell : public QObject
{
    Q_OBJECT

private:
    EsxiHostState m_host;
    EsxiShell m_shell;

private slots:
    void init()
    {
        m_host = EsxiHostState();
        m_host.hostname = QStringLiteral("esx01");
        m_host.version = QStringLiteral("8.0.3");
        m_host.build = QStringLiteral("24022510");
        m_shell = EsxiShell();
        m_shell.addHost(QStringLiteral("esx01"), &m_host);
    }

    void lines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("err");
        QTest::addColumn<int>("exitCode");
        auto row = [](const char* name, const char* line, const char* out, const char* err, int code) {
            QTest::newRow(name) << QString::fromUtf8(line) << QString::fromUtf8(out) << QString::fromUtf8(err)
                                << code;
        };
        row("echo", "echo hello world", "hello world\n", "", 0);
        row("echo -n", "echo -n x", "x", "", 0);
        row("single quotes keep spaces", "echo 'a   b' c", "a   b c\n", "", 0);
        row("double quotes", "echo \"a  'b'\"", "a  'b'\n", "", 0);
        row("escaped quote in double", "echo \"say \\\"hi\\\"\"", "say \"hi\"\n", "", 0);
        row("backslash escapes", "echo a\\ b\\;c", "a b;c\n", "", 0);
        row("single quotes are literal", "echo '$? \\n'", "$? \\n\n", "", 0);
        row("adjacent quoting joins", "echo ab'c d'\"e\"", "abc de\n", "", 0);
        row("and: both run", "true && echo yes", "yes\n", "", 0);
        row("and: short circuit", "false && echo yes", "", "", 1);
        row("or: fallback", "false || echo fallback", "fallback\n", "", 0);
        row("or: skipped", "true || echo no", "", "", 0);
        row("seq runs all, last status", "echo a; false", "a\n", "", 1);
        row("status expansion", "false; echo $?", "1\n", "", 0);
        row("status in double quotes", "true; echo \"rc=$?\"", "rc=0\n", "", 0);
        row("exit code", "exit 3", "", "", 3);
        row("exit stops the line", "echo a; exit 4; echo b", "a\n", "", 4);
        row("exit without number keeps status", "false; exit", "", "", 1);
        row("unknown command", "foo", "", "sh: foo: not found\n", 127);
        row("unknown then or", "foo || echo recovered", "recovered\n", "sh: foo: not found\n", 0);
        row("hostname", "hostname", "esx01\n", "", 0);
        row("vmware -vl", "vmware -vl", "VMware ESXi 8.0.3 build-24022510\nVMware ESXi 8.0 Update 3\n", "",
            0);
        row("absolute path", "/bin/echo ok", "ok\n", "", 0);
        row("2>&1 merges", "foo 2>&1", "sh: foo: not found\n", "", 127);
        row("2>/dev/null drops", "foo 2>/dev/null", "", "", 127);
        row(">/dev/null drops", "echo x >/dev/null", "", "", 0);
        row("redirect to a file", "echo x > /tmp/f", "", "sh: can't create /tmp/f: Read-only file system\n",
            1);
        row("pipe refused", "esxcli network nic list | grep vmnic", "",
            "sh: pipes are not supported by the lab shell\n", 2);
        row("unterminated quote", "echo 'abc", "", "sh: syntax error: unterminated quoted string\n", 2);
        row("dangling and", "echo a &&", "", "sh: syntax error: unexpected \"end of file\"\n", 2);
        row("leading and", "&& echo a", "", "sh: syntax error: unexpected \"&&\"\n", 2);
        row("command substitution refused", "echo $(hostname)", "",
            "sh: command substitution is not supported by the lab shell\n", 2);
        row("comment", "echo a # b", "a\n", "", 0);
        row("empty line", "", "", "", 0);
        row("esxcli unknown namespace", "esxcli foo bar", "Error: Unknown command or namespace foo bar\n", "",
            1);
        row("esxcli bad option", "esxcli network nic list --bogus", "Error: Invalid option --bogus\n", "", 1);
        row("esxcli missing required", "esxcli network nic get",
            "Error: Missing required parameter -n|--nic-name\n", "", 1);
        row("esxcli quoted option value", "esxcli system hostname get && esxcli iscsi software get",
            "   Domain Name: lab.local\n   Fully Qualified Domain Name: esx01.lab.local\n   Host Name: "
            "esx01\nfalse\n",
            "", 0);
        row("esxcli error stops &&", "esxcli foo && echo never", "Error: Unknown command or namespace foo\n",
            "", 1);
        row("localcli alias", "localcli iscsi software get", "false\n", "", 0);
        row("system version get", "esxcli system version get",
            "   Product: VMware ESXi\n   Version: 8.0.3\n   Build: Releasebuild-24022510\n   Update: 3\n   "
            "Patch: 0\n",
            "", 0);
        row("bad formatter", "esxcli --formatter=yaml system version get",
            "Error: Unknown formatter yaml. Available formatters: xml, csv, keyvalue.\n", "", 1);
    }

    void lines()
    {
        QFETCH(QString, line);
        QFETCH(QString, out);
        QFETCH(QString, err);
        QFETCH(int, exitCode);
        const CommandOutput o = m_shell.run(QStringLiteral("esx01"), line);
        QCOMPARE(QString::fromUtf8(o.out), out);
        QCOMPARE(QString::fromUtf8(o.err), err);
        QCOMPARE(o.exitCode, exitCode);
    }

    void namespaceUsageListsChildren()
    {
        const CommandOutput o = m_shell.run(QStringLiteral("esx01"), QStringLiteral("esxcli storage nmp"));
        QCOMPARE(o.exitCode, 0);
        const QString s = QString::fromUtf8(o.out);
        QVERIFY(s.startsWith(QLatin1String("Usage: esxcli storage nmp {cmd} [cmd options]")));
        for (const char* child : {"device", "path", "psp", "satp"})
            QVERIFY2(s.contains(QStringLiteral("\n  %1\n").arg(QLatin1String(child))), child);
    }

    void unknownHost()
    {
        const CommandOutput o = m_shell.run(QStringLiteral("nope"), QStringLiteral("echo a"));
        QCOMPARE(o.exitCode, 127);
        QVERIFY(o.out.isEmpty());
    }

    void optionForms()
    {
        // --long=value, --long value, -s value, -svalue all reach the same option.
        m_host.vmks << Vmk{QStringLiteral("vmk1")};
        const QStringList forms{
            QStringLiteral("esxcli network ip interface set --interface-name=vmk1 --mtu=9000"),
            QStringLiteral("esxcli network ip interface set --interface-name vmk1 --mtu 9001"),
            QStringLiteral("esxcli network ip interface set -i vmk1 -m 1280"),
            QStringLiteral("esxcli network ip interface set -ivmk1 -m9000")};
        const QList<int> expect{9000, -1, 1280, 9000};
        for (int i = 0; i < forms.size(); ++i) {
            const CommandOutput o = m_shell.run(QStringLiteral("esx01"), forms[i]);
            if (expect[i] < 0) {
                QCOMPARE(o.exitCode, 1); // 9001 > 9000
            } else {
                QCOMPARE(o.exitCode, 0);
                QCOMPARE(m_host.vmk(QStringLiteral("vmk1"))->mtu, expect[i]);
            }
        }
    }

    void lexerKeepsOperatorsInsideQuotes()
    {
        const ShellParse p = ShellLexer::parse(QStringLiteral("echo 'a && b' \"c || d\" e\\|f"));
        QVERIFY(p.error.isEmpty());
        QCOMPARE(p.commands.size(), 1);
        QCOMPARE(p.commands[0].argv, (QStringList{QStringLiteral("echo"), QStringLiteral("a && b"),
                                                  QStringLiteral("c || d"), QStringLiteral("e|f")}));
    }
};

QTEST_GUILESS_MAIN(TstEsxiShell)
#include "tst_esxi_shell.moc"
