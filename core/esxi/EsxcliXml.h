#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <memory>

namespace mpio::esxi {

// One value of esxcli's XML output (reference/esxi-esxcli.md §1.3): a string, an integer (all widths,
// including 64-bit counters), a boolean, a list, or a structure with named fields. Floats arrive as strings.
struct EsxcliValue
{
    enum class Kind
    {
        Null,
        String,
        Integer,
        Boolean,
        List,
        Structure
    };
    Kind kind = Kind::Null;
    QString text; // String
    qint64 integer = 0;
    bool boolean = false;
    QString typeName;                  // Structure ("Nic")
    QList<EsxcliValue> items;          // List
    QMap<QString, EsxcliValue> fields; // Structure (esxcli emits them alphabetically; order is not relied on)

    bool isNull() const { return kind == Kind::Null; }
    // Field access for structures; a missing field reads as Null, never throws.
    const EsxcliValue& field(const QString& name) const;
    QString string(const QString& name) const; // String field, or an Integer/Boolean rendered as text
    qint64 integer64(const QString& name, qint64 fallback = 0) const;
    bool flag(const QString& name) const;           // Boolean field, or a String "true"/"false"
    QStringList strings(const QString& name) const; // List of strings field
    // The list a list-command returns; a single structure reads as a one-element list.
    QList<EsxcliValue> records() const;
};

// Strict reader: the <output xmlns="http://www.vmware.com/Products/ESX/5.0/esxcli"><root>…</root></output>
// envelope (the XML declaration is optional), exactly one value in <root>, known element names only,
// integers that fit 64 bits, booleans "true"/"false". Anything else is an error naming the line — an
// unexpected shape is never half-read.
class EsxcliXml
{
public:
    static Result<EsxcliValue> parse(const QByteArray& xml);
};

} // namespace mpio::esxi
