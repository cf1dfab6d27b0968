#pragma once

#include <QList>
#include <QString>

namespace mpio {

// One field-level problem, e.g. a TrueNAS -32602 `data.extra` entry or a profile key with a wrong type.
struct FieldError
{
    QString field;   // dotted path as the server or profile names it ("iscsi_extent_create.blocksize")
    QString message; // as the other side said it, or translated when it is ours
    bool operator==(const FieldError&) const = default;
};

// Errors are values (DESIGN.md): a stable code for scripts and tests, a message for people that says what
// happened and what to do, technical detail for the log, and per-field errors where a form can point at them.
struct Error
{
    QString code;    // stable, dotted: "profile.json", "ssh.auth", "truenas.validation", "cancelled", …
    QString message; // translated, plain words, with the next step
    QString detail;  // technical detail (never a secret)
    QList<FieldError> fields;

    static Error make(QString code, QString message, QString detail = {})
    {
        return Error{std::move(code), std::move(message), std::move(detail), {}};
    }
    bool isCancelled() const { return code == QLatin1String("cancelled"); }
    // "message (detail)" for logs and CLI output.
    QString toString() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
    bool operator==(const Error&) const = default;
};

} // namespace mpio
