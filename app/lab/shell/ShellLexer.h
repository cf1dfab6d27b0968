#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mpio::lab {

// One simple command of a busybox-ash command line (esxi-esxcli.md §8.5: the ESXi shell is busybox ash).
struct ShellCommand
{
    enum class Link
    {
        First,
        Seq,
        And,
        Or
    }; // how it joins the previous command: ; && ||
    Link link = Link::First;
    QStringList argv;      // "$?" is kept as the marker ShellLexer::statusMarker() and expanded when it runs
    bool errToOut = false; // 2>&1
    bool outToErr = false; // >&2, 1>&2
    bool discardOut = false;  // >/dev/null
    bool discardErr = false;  // 2>/dev/null
    QString unwritableTarget; // a redirection to a real file: the lab's filesystem is read-only
};

struct ShellParse
{
    QList<ShellCommand> commands;
    QString error; // syntax error text (busybox wording), exit status 2
};

// The lab shell's grammar: words with '…', "…" and backslash escapes, `;`, `&&`, `||`, `#` comments,
// `$?`, and the redirections 2>&1, >&2, >/dev/null, 2>/dev/null. Pipes, `&`, subshells and command
// substitution are refused with a syntax error: no product command needs them, and a lab that silently
// ignored them would let a client that depends on them pass.
class ShellLexer
{
public:
    static ShellParse parse(const QString& line);
    static QChar statusMarker() { return QChar(0xE000); }
};

} // namespace mpio::lab
