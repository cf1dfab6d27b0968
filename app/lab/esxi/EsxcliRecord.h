#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace mpio::lab {

// The typed result of one esxcli command, before formatting (esxi-esxcli.md §1). One model, five renderings:
// the default text (key/value blocks or a dash-ruled table), xml, keyvalue, csv and json.

struct EsxcliRecord;

struct EsxcliField
{
    enum class Type
    {
        String,
        Integer,
        Boolean,
        StringList,
        Structure,    // one nested record (`network diag ping` Summary)
        StructureList // nested records (`network diag ping` Trace)
    };
    enum class Visibility
    {
        Both,
        TextOnly,
        MachineOnly
    };

    QString display; // "Admin Status" (text and json key)
    QString key;     // "AdminStatus"  (xml, keyvalue, csv: display name with spaces removed)
    Type type = Type::String;
    QString value;                      // String/Integer/Boolean
    QStringList list;                   // StringList
    std::vector<EsxcliRecord> children; // Structure/StructureList (std::vector: the type is incomplete here)
    Visibility visibility = Visibility::Both;

    QString textValue() const { return type == Type::StringList ? list.join(QStringLiteral(", ")) : value; }
};

struct EsxcliRecord
{
    QString typeName; // xml structure typeName, keyvalue path element ("Nic")
    QString header;   // text record header at column 0 ("vmnic0"); empty: no header line
    QList<EsxcliField> fields;

    EsxcliRecord& str(const QString& display, const QString& v,
                      EsxcliField::Visibility vis = EsxcliField::Visibility::Both);
    EsxcliRecord& num(const QString& display, qint64 v,
                      EsxcliField::Visibility vis = EsxcliField::Visibility::Both);
    EsxcliRecord& unum(const QString& display, quint64 v);
    EsxcliRecord& boolean(const QString& display, bool v,
                          EsxcliField::Visibility vis = EsxcliField::Visibility::Both);
    EsxcliRecord& strList(const QString& display, const QStringList& v);
    EsxcliRecord& nested(const QString& display, const QList<EsxcliRecord>& children, bool list);
    // Overrides the machine key of the last field (when it is not the display name without spaces).
    EsxcliRecord& key(const QString& k);
};

struct EsxcliResult
{
    enum class Shape
    {
        None,       // set/add/remove: prints nothing (or `message`)
        Blocks,     // key/value blocks, header line + 3-space-indented fields, blank line between records
        Table,      // header row, dash row, two-space separated columns
        ScalarBool, // `iscsi software get`: true|false
        ScalarString
    };
    Shape shape = Shape::None;
    bool single = false; // xml: one structure, not a list
    QList<EsxcliRecord> records;
    QString scalar;      // ScalarBool/ScalarString
    QString message;     // text printed on success by a few set commands ("Software iSCSI Enabled")
    QStringList columns; // Table: the header when there are no records
    // --format-param=fields=A,B (machine formatters: only these fields, in this order) and show-header=false
    // (csv without its header line), esxi-esxcli.md §1.1.
    QStringList fieldSelection;
    bool showHeader = true;
};

} // namespace mpio::lab
