#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mpio::esxi {

// The one door from an argv to the text an ESXi shell (BusyBox ash) runs (reference/esxi-esxcli.md §8.5).
//
// Why a grammar and not just quoting: every token is checked against a conservative character set first —
// letters, digits and . _ : ; = , / @ + - and, for values only, single spaces inside (port group names such
// as "iSCSI A"; a value with a space goes as its own token after a short option: "-p", "iSCSI A") — and
// then every token is single-quoted. A token can therefore never contain a quote, a backslash, a newline,
// '$', '`', '|', '&', '<', '>', '*', '?', '(' or ')' and cannot leave its quotes; a token that starts with
// '-' must be a well-formed option, so nothing user-typed turns into an option. Programs are an allowlist:
// esxcli, vmkping, esxcfg-mpath, vmware, echo.
//
// Secrets never go through here: ESXi logs every command line (/var/log/shell.log, §8.5), so CHAP secrets
// are refused by the planner before they could reach an argv.
class EsxiCommand
{
    Q_DECLARE_TR_FUNCTIONS(mpio::esxi::EsxiCommand) // the context lupdate gives tr() in its members
public:
    // "esxcli", "network", "ip", "interface", "add", "-i", "vmk2", "-p", "iSCSI A" → the quoted command line.
    static Result<QString> shellLine(const QStringList& argv);
    // The same for an esxcli argv without the program name, with "--formatter=xml" added (machine output).
    static Result<QString> esxcliXml(const QStringList& esxcliArgs);
    static Result<QString> esxcliText(const QStringList& esxcliArgs);

    static bool isAllowedProgram(const QString& program);
    static bool isSafeToken(const QString& token, bool isOption);
};

} // namespace mpio::esxi
