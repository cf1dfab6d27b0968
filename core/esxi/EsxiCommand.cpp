#include "core/esxi/EsxiCommand.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mpio::esxi {

namespace {

QString quote(const QString& token)
{
    return QLatin1Char('\'') + token + QLatin1Char('\''); // safe: isSafeToken refused every quote
}

} // namespace

bool EsxiCommand::isAllowedProgram(const QString& program)
{
    static const QStringList allowed{QStringLiteral("esxcli"), QStringLiteral("vmkping"),
                                     QStringLiteral("esxcfg-mpath"), QStringLiteral("vmware"),
                                     QStringLiteral("echo")};
    return allowed.contains(program);
}

bool EsxiCommand::isSafeToken(const QString& token, bool isOption)
{
    // Options: -x, --long-name, --long-name=value (value from the same safe set, no spaces).
    static const QRegularExpression option(
        QStringLiteral("^(?:-[A-Za-z]|--[a-z][a-z0-9-]*(?:=[A-Za-z0-9._:;,/@+=-]*)?)$"));
    // Values and namespace words: no leading '-', single inner spaces only, at most 255 characters. ';' is
    // needed by PSP options ("policy=iops;iops=1;", reference §5.4) and harmless inside single quotes.
    static const QRegularExpression value(
        QStringLiteral("^[A-Za-z0-9._:;=,/@+](?:[A-Za-z0-9._:;=,/@+-]| (?! ))*$"));
    if (token.isEmpty() || token.size() > 255)
        return false;
    if (isOption)
        return option.match(token).hasMatch();
    return value.match(token).hasMatch() && !token.endsWith(u' ');
}

Result<QString> EsxiCommand::shellLine(const QStringList& argv)
{
    if (argv.isEmpty() || !isAllowedProgram(argv.first()))
        return Error::make(
            QStringLiteral("esxi.command"),
            tr("Refusing to run “%1” on an ESXi host: only esxcli, vmkping, esxcfg-mpath, vmware "
               "and echo are used.")
                .arg(argv.value(0)));
    QStringList parts{argv.first()};
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString& t = argv[i];
        const bool isOption = t.startsWith(u'-');
        if (!isSafeToken(t, isOption))
            return Error::make(
                QStringLiteral("esxi.command"),
                tr("Refusing to send argument %1 of “%2” to the ESXi shell: “%3” contains characters "
                   "outside the allowed set (letters, digits, . _ : = , / @ + - and single inner "
                   "spaces) or starts with “-” where a value is expected.")
                    .arg(i)
                    .arg(argv.first(), t.left(80)));
        parts.append(quote(t)); // options too: "--psp-option=policy=iops;iops=1;" must stay one word
    }
    return parts.join(u' ');
}

Result<QString> EsxiCommand::esxcliXml(const QStringList& esxcliArgs)
{
    return shellLine(QStringList{QStringLiteral("esxcli"), QStringLiteral("--formatter=xml")} + esxcliArgs);
}

Result<QString> EsxiCommand::esxcliText(const QStringList& esxcliArgs)
{
    return shellLine(QStringList{QStringLiteral("esxcli")} + esxcliArgs);
}

} // namespace mpio::esxi
