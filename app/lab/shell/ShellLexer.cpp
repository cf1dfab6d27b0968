#include "app/lab/shell/ShellLexer.h"

namespace mpio::lab {

namespace {

QString unexpected(const QString& tok)
{
    return QStringLiteral("sh: syntax error: unexpected \"%1\"").arg(tok);
}

} // namespace

ShellParse ShellLexer::parse(const QString& line)
{
    ShellParse result;
    ShellCommand cur;
    QString word;
    bool inWord = false;
    bool expectRedirTarget = false;
    int redirFd = 1;
    bool redirAppend = false;
    const int n = int(line.size());

    auto finishWord = [&]() -> bool {
        if (!inWord)
            return true;
        if (expectRedirTarget) {
            expectRedirTarget = false;
            if (word == QLatin1String("/dev/null")) {
                (redirFd == 2 ? cur.discardErr : cur.discardOut) = true;
            } else {
                cur.unwritableTarget = word;
            }
            Q_UNUSED(redirAppend);
        } else {
            cur.argv << word;
        }
        word.clear();
        inWord = false;
        return true;
    };
    auto finishCommand = [&](ShellCommand::Link next, const QString& tok) -> bool {
        finishWord();
        if (expectRedirTarget) {
            result.error = unexpected(tok.isEmpty() ? QStringLiteral("newline") : tok);
            return false;
        }
        if (cur.argv.isEmpty()) {
            if (tok.isEmpty() && result.commands.isEmpty() && cur.link == ShellCommand::Link::First)
                return true; // empty line
            if (tok.isEmpty() && cur.link == ShellCommand::Link::Seq)
                return true; // trailing ';'
            result.error = unexpected(tok.isEmpty() ? QStringLiteral("end of file") : tok);
            return false;
        }
        result.commands << cur;
        cur = ShellCommand();
        cur.link = next;
        return true;
    };

    for (int i = 0; i < n; ++i) {
        const QChar c = line[i];
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\n') && !inWord && !cur.argv.isEmpty()) {
                if (!finishCommand(ShellCommand::Link::Seq, QStringLiteral(";")))
                    return result;
                continue;
            }
            finishWord();
            continue;
        }
        if (c == QLatin1Char('#') && !inWord) {
            break;
        }
        if (c == QLatin1Char('\'')) {
            const int end = int(line.indexOf(QLatin1Char('\''), i + 1));
            if (end < 0) {
                result.error = QStringLiteral("sh: syntax error: unterminated quoted string");
                return result;
            }
            word += line.mid(i + 1, end - i - 1);
            inWord = true;
            i = end;
            continue;
        }
        if (c == QLatin1Char('"')) {
            inWord = true;
            int j = i + 1;
            bool closed = false;
            for (; j < n; ++j) {
                const QChar d = line[j];
                if (d == QLatin1Char('"')) {
                    closed = true;
                    break;
                }
                if (d == QLatin1Char('\\') && j + 1 < n && QStringLiteral("$`\"\\\n").contains(line[j + 1])) {
                    if (line[j + 1] != QLatin1Char('\n'))
                        word += line[j + 1];
                    ++j;
                    continue;
                }
                if (d == QLatin1Char('$') && j + 1 < n && line[j + 1] == QLatin1Char('?')) {
                    word += statusMarker();
                    ++j;
                    continue;
                }
                if (d == QLatin1Char('`') ||
                    (d == QLatin1Char('$') && j + 1 < n && line[j + 1] == QLatin1Char('('))) {
                    result.error =
                        QStringLiteral("sh: command substitution is not supported by the lab shell");
                    return result;
                }
                word += d;
            }
            if (!closed) {
                result.error = QStringLiteral("sh: syntax error: unterminated quoted string");
                return result;
            }
            i = j;
            continue;
        }
        if (c == QLatin1Char('\\')) {
            if (i + 1 < n) {
                if (line[i + 1] != QLatin1Char('\n')) {
                    word += line[i + 1];
                    inWord = true;
                }
                ++i;
            }
            continue;
        }
        if (c == QLatin1Char('$') && i + 1 < n && line[i + 1] == QLatin1Char('?')) {
            word += statusMarker();
            inWord = true;
            ++i;
            continue;
        }
        if (c == QLatin1Char('`') ||
            (c == QLatin1Char('$') && i + 1 < n && line[i + 1] == QLatin1Char('('))) {
            result.error = QStringLiteral("sh: command substitution is not supported by the lab shell");
            return result;
        }
        if (c == QLatin1Char(';')) {
            if (!finishCommand(ShellCommand::Link::Seq, QStringLiteral(";")))
                return result;
            continue;
        }
        if (c == QLatin1Char('&')) {
            if (i + 1 < n && line[i + 1] == QLatin1Char('&')) {
                if (!finishCommand(ShellCommand::Link::And, QStringLiteral("&&")))
                    return result;
                ++i;
                continue;
            }
            result.error = QStringLiteral("sh: background jobs (&) are not supported by the lab shell");
            return result;
        }
        if (c == QLatin1Char('|')) {
            if (i + 1 < n && line[i + 1] == QLatin1Char('|')) {
                if (!finishCommand(ShellCommand::Link::Or, QStringLiteral("||")))
                    return result;
                ++i;
                continue;
            }
            result.error = QStringLiteral("sh: pipes are not supported by the lab shell");
            return result;
        }
        if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            result.error = unexpected(QString(c));
            return result;
        }
        if (c == QLatin1Char('>') || c == QLatin1Char('<')) {
            // A lone "2" or "1" word directly before '>' is the fd number.
            int fd = 1;
            if (inWord && (word == QLatin1String("2") || word == QLatin1String("1"))) {
                fd = word.toInt();
                word.clear();
                inWord = false;
            } else {
                finishWord();
            }
            if (c == QLatin1Char('<')) {
                result.error = QStringLiteral("sh: input redirection is not supported by the lab shell");
                return result;
            }
            int j = i + 1;
            redirAppend = false;
            if (j < n && line[j] == QLatin1Char('>')) {
                redirAppend = true;
                ++j;
            }
            if (j + 1 < n && line[j] == QLatin1Char('&') && line[j + 1].isDigit()) {
                const int target = line[j + 1].digitValue();
                if (fd == 2 && target == 1)
                    cur.errToOut = true;
                else if (fd == 1 && target == 2)
                    cur.outToErr = true;
                i = j + 1;
                continue;
            }
            expectRedirTarget = true;
            redirFd = fd;
            i = j - 1;
            continue;
        }
        word += c;
        inWord = true;
    }
    finishWord();
    if (expectRedirTarget) {
        result.error = unexpected(QStringLiteral("newline"));
        return result;
    }
    if (!cur.argv.isEmpty()) {
        result.commands << cur;
    } else if (cur.link == ShellCommand::Link::And || cur.link == ShellCommand::Link::Or) {
        result.error = unexpected(QStringLiteral("end of file"));
    }
    return result;
}

} // namespace mpio::lab
