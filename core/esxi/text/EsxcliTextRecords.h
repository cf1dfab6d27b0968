#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

namespace mpio::esxi {

// esxcli's default text form for list commands (reference/esxi-esxcli.md §1.3): a header line per record
// (a device id, a path UID followed by ':'), then "   Key: value" lines with 3-space indentation. Published
// copies sometimes lost the indentation (S-JW), so a line is told apart by its shape, not its indent: a key
// is words, digits, spaces, '/', '(', ')', '_' or '-' followed by ':' and a space or the end of the line; any
// other non-empty line starts a record.
struct TextRecord
{
    QString header; // trimmed, a trailing ':' removed
    QList<QPair<QString, QString>> fields;
    QString value(QStringView key) const; // first field with that key, trimmed; empty if absent
    bool has(QStringView key) const;
};

QList<TextRecord> splitTextRecords(const QString& text);

} // namespace mpio::esxi
