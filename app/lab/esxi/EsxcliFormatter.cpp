#include "app/lab/esxi/EsxcliFormatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace mpio::lab {

namespace {

using Vis = EsxcliField::Visibility;
using Type = EsxcliField::Type;

QList<EsxcliField> textFields(const EsxcliRecord& r)
{
    QList<EsxcliField> out;
    for (const auto& f : r.fields)
        if (f.visibility != Vis::MachineOnly)
            out.append(f);
    return out;
}

// §1.3: properties in alphabetical (byte) order of the field name, unless --format-param=fields= chose them.
thread_local QStringList g_fieldSelection; // set for the duration of one format() call

QList<EsxcliField> machineFields(const EsxcliRecord& r)
{
    QList<EsxcliField> out;
    if (!g_fieldSelection.isEmpty()) {
        for (const auto& k : g_fieldSelection)
            for (const auto& f : r.fields)
                if (f.key == k && f.visibility != Vis::TextOnly)
                    out.append(f);
        return out;
    }
    for (const auto& f : r.fields)
        if (f.visibility != Vis::TextOnly)
            out.append(f);
    std::stable_sort(out.begin(), out.end(), [](const EsxcliField& a, const EsxcliField& b) {
        return a.key.toUtf8() < b.key.toUtf8();
    });
    return out;
}

QString typeName(Type t)
{
    switch (t) {
    case Type::Integer:
        return QStringLiteral("integer");
    case Type::Boolean:
        return QStringLiteral("boolean");
    default:
        return QStringLiteral("string");
    }
}

QString xmlEscape(const QString& s)
{
    QString out = s;
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    out.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    out.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    return out;
}

QString ind(int level)
{
    return QString(level * 3, QLatin1Char(' '));
}

void xmlStructure(QString& o, const EsxcliRecord& r, int level)
{
    o += ind(level) + QStringLiteral("<structure typeName=\"%1\">\n").arg(r.typeName);
    for (const auto& f : machineFields(r)) {
        o += ind(level + 1) + QStringLiteral("<field name=\"%1\">\n").arg(f.key);
        if (f.type == Type::Structure) {
            for (const auto& child : f.children)
                xmlStructure(o, child, level + 2);
        } else if (f.type == Type::StructureList) {
            o += ind(level + 2) + QStringLiteral("<list type=\"structure\">\n");
            for (const auto& child : f.children)
                xmlStructure(o, child, level + 3);
            o += ind(level + 2) + QStringLiteral("</list>\n");
        } else if (f.type == Type::StringList) {
            o += ind(level + 2) + QStringLiteral("<list type=\"string\">\n");
            for (const auto& v : f.list)
                o += ind(level + 3) + QStringLiteral("<string>%1</string>\n").arg(xmlEscape(v));
            o += ind(level + 2) + QStringLiteral("</list>\n");
        } else {
            const QString t = typeName(f.type);
            o += ind(level + 2) + QStringLiteral("<%1>%2</%1>\n").arg(t, xmlEscape(f.value));
        }
        o += ind(level + 1) + QStringLiteral("</field>\n");
    }
    o += ind(level) + QStringLiteral("</structure>\n");
}

QString kvEscape(const QString& v)
{
    QString out = v;
    out.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return out;
}

QString csvCell(const QString& v)
{
    QString s = v;
    s.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"'))) {
        s.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

} // namespace

bool EsxcliFormatter::isKnown(const QString& formatter)
{
    static const QStringList known{QStringLiteral("xml"), QStringLiteral("keyvalue"), QStringLiteral("csv"),
                                   QStringLiteral("json")};
    return known.contains(formatter);
}

QByteArray EsxcliFormatter::format(const EsxcliResult& result, const QString& formatter)
{
    struct Selection
    {
        explicit Selection(const QStringList& f) { g_fieldSelection = f; }
        ~Selection() { g_fieldSelection.clear(); }
    } selection(result.fieldSelection);
    if (formatter == QLatin1String("xml"))
        return xml(result);
    if (formatter == QLatin1String("keyvalue"))
        return keyValue(result);
    if (formatter == QLatin1String("csv"))
        return csv(result);
    if (formatter == QLatin1String("json"))
        return json(result);
    return text(result);
}

QByteArray EsxcliFormatter::text(const EsxcliResult& result)
{
    QString o;
    switch (result.shape) {
    case EsxcliResult::Shape::None:
        if (!result.message.isEmpty())
            o = result.message + QLatin1Char('\n');
        break;
    case EsxcliResult::Shape::ScalarBool:
    case EsxcliResult::Shape::ScalarString:
        o = result.scalar + QLatin1Char('\n');
        break;
    case EsxcliResult::Shape::Blocks: {
        bool first = true;
        for (const auto& r : result.records) {
            if (!first)
                o += QLatin1Char('\n');
            first = false;
            if (!r.header.isEmpty())
                o += r.header + QLatin1Char('\n');
            for (const auto& f : textFields(r)) {
                if (f.type == Type::Structure || f.type == Type::StructureList) {
                    // S-VSANDOC `network diag ping`: "   Trace: ", nested fields at 9 spaces as "Key: value"
                    // (with the space even when empty), records separated by a line of 6 spaces.
                    o += QStringLiteral("   ") + f.display + QStringLiteral(": \n");
                    bool firstChild = true;
                    for (const auto& child : f.children) {
                        if (!firstChild)
                            o += QStringLiteral("      \n");
                        firstChild = false;
                        for (const auto& cf : textFields(child))
                            o += QStringLiteral("         ") + cf.display + QStringLiteral(": ") +
                                 cf.textValue() + QLatin1Char('\n');
                    }
                    continue;
                }
                const QString v = f.textValue();
                o += QStringLiteral("   ") + f.display + QLatin1Char(':');
                if (!v.isEmpty())
                    o += QLatin1Char(' ') + v;
                o += QLatin1Char('\n');
            }
        }
        break;
    }
    case EsxcliResult::Shape::Table: {
        // §"Conventions": header row, a dash row whose runs give the widths, two spaces between columns,
        // numeric columns right-aligned, the last column not padded.
        QStringList headers = result.columns;
        QList<bool> right;
        if (!result.records.isEmpty()) {
            headers.clear();
            for (const auto& f : textFields(result.records.first())) {
                headers << f.display;
                right << (f.type == Type::Integer);
            }
        }
        if (headers.isEmpty())
            break;
        while (right.size() < headers.size())
            right << false;
        QList<int> width;
        for (const auto& h : headers)
            width << int(h.size());
        QList<QStringList> rows;
        for (const auto& r : result.records) {
            QStringList cells;
            const auto fs = textFields(r);
            for (int c = 0; c < headers.size(); ++c) {
                const QString v = c < fs.size() ? fs[c].textValue() : QString();
                cells << v;
                width[c] = std::max(width[c], int(v.size()));
            }
            rows << cells;
        }
        auto line = [&](const QStringList& cells) -> QString {
            QString l;
            for (int c = 0; c < cells.size(); ++c) {
                const bool last = c == cells.size() - 1;
                if (c > 0)
                    l += QStringLiteral("  ");
                if (right[c])
                    l += cells[c].rightJustified(width[c]);
                else
                    l += last ? cells[c] : cells[c].leftJustified(width[c]);
            }
            return l + QLatin1Char('\n');
        };
        o += line(headers);
        QStringList dashes;
        for (int w : width)
            dashes << QString(w, QLatin1Char('-'));
        o += line(dashes);
        for (const auto& cells : rows)
            o += line(cells);
        break;
    }
    }
    return o.toUtf8();
}

QByteArray EsxcliFormatter::xml(const EsxcliResult& result)
{
    QString o = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                               "<output xmlns=\"http://www.vmware.com/Products/ESX/5.0/esxcli\">\n<root>\n");
    switch (result.shape) {
    case EsxcliResult::Shape::None:
        o += ind(1) + QStringLiteral("<boolean>true</boolean>\n");
        break;
    case EsxcliResult::Shape::ScalarBool:
        o += ind(1) + QStringLiteral("<boolean>%1</boolean>\n").arg(result.scalar);
        break;
    case EsxcliResult::Shape::ScalarString:
        o += ind(1) + QStringLiteral("<string>%1</string>\n").arg(xmlEscape(result.scalar));
        break;
    case EsxcliResult::Shape::Blocks:
    case EsxcliResult::Shape::Table:
        if (result.single && result.records.size() == 1) {
            xmlStructure(o, result.records.first(), 1);
        } else {
            o += ind(1) + QStringLiteral("<list type=\"structure\">\n");
            for (const auto& r : result.records)
                xmlStructure(o, r, 2);
            o += ind(1) + QStringLiteral("</list>\n");
        }
        break;
    }
    o += QStringLiteral("</root>\n</output>\n");
    return o.toUtf8();
}

QByteArray EsxcliFormatter::keyValue(const EsxcliResult& result)
{
    QString o;
    std::function<void(const EsxcliRecord&, const QString&)> structure = [&](const EsxcliRecord& r,
                                                                             const QString& prefix) {
        for (const auto& f : machineFields(r)) {
            const QString path = prefix + r.typeName + QLatin1Char('.') + f.key + QLatin1Char('.');
            if (f.type == Type::Structure) {
                for (const auto& child : f.children)
                    structure(child, path);
            } else if (f.type == Type::StructureList) {
                for (int i = 0; i < int(f.children.size()); ++i)
                    structure(f.children[size_t(i)], path + QStringLiteral("structure[%1].").arg(i));
            } else if (f.type == Type::StringList) {
                if (f.list.isEmpty())
                    o += path + QStringLiteral("string[] = \n");
                for (int i = 0; i < f.list.size(); ++i)
                    o += path + QStringLiteral("string[%1]=%2\n").arg(i).arg(kvEscape(f.list[i]));
            } else {
                o += path + typeName(f.type) + QLatin1Char('=') + kvEscape(f.value) + QLatin1Char('\n');
            }
        }
    };
    switch (result.shape) {
    case EsxcliResult::Shape::None:
        o = QStringLiteral("boolean=true\n");
        break;
    case EsxcliResult::Shape::ScalarBool:
        o = QStringLiteral("boolean=") + result.scalar + QLatin1Char('\n');
        break;
    case EsxcliResult::Shape::ScalarString:
        o = QStringLiteral("string=") + kvEscape(result.scalar) + QLatin1Char('\n');
        break;
    case EsxcliResult::Shape::Blocks:
    case EsxcliResult::Shape::Table:
        if (result.single && result.records.size() == 1) {
            structure(result.records.first(), QString());
        } else if (result.records.isEmpty()) {
            o = QStringLiteral("structure[] = \n");
        } else {
            for (int i = 0; i < result.records.size(); ++i)
                structure(result.records[i], QStringLiteral("structure[%1].").arg(i));
        }
        break;
    }
    return o.toUtf8();
}

QByteArray EsxcliFormatter::csv(const EsxcliResult& result)
{
    QString o;
    switch (result.shape) {
    case EsxcliResult::Shape::None:
        o = QStringLiteral("true\n");
        break;
    case EsxcliResult::Shape::ScalarBool:
    case EsxcliResult::Shape::ScalarString:
        o = csvCell(result.scalar) + QLatin1Char('\n');
        break;
    case EsxcliResult::Shape::Blocks:
    case EsxcliResult::Shape::Table: {
        if (result.records.isEmpty())
            break;
        // §1.5: header and every row end with a comma; a nested list is one quoted cell whose items end with
        // ','.
        if (result.showHeader) {
            for (const auto& f : machineFields(result.records.first()))
                o += f.key + QLatin1Char(',');
            o += QLatin1Char('\n');
        }
        for (const auto& r : result.records) {
            for (const auto& f : machineFields(r)) {
                if (f.type == Type::Structure || f.type == Type::StructureList) {
                    QString inner; // nested: one quoted cell, the values of each record comma-terminated
                    for (const auto& child : f.children)
                        for (const auto& cf : machineFields(child))
                            inner += cf.textValue() + QLatin1Char(',');
                    inner.replace(QLatin1String("\""), QLatin1String("\"\""));
                    o += QLatin1Char('"') + inner + QStringLiteral("\",");
                } else if (f.type == Type::StringList) {
                    QString inner;
                    for (const auto& v : f.list)
                        inner += v + QLatin1Char(',');
                    inner.replace(QLatin1String("\""), QLatin1String("\"\""));
                    o += QLatin1Char('"') + inner + QStringLiteral("\",");
                } else {
                    o += csvCell(f.value) + QLatin1Char(',');
                }
            }
            o += QLatin1Char('\n');
        }
        break;
    }
    }
    return o.toUtf8();
}

QByteArray EsxcliFormatter::json(const EsxcliResult& result)
{
    // §1.2: undocumented but present on 6.x–8.x; keys are the display names with spaces.
    std::function<QJsonObject(const EsxcliRecord&)> object = [&object](const EsxcliRecord& r) {
        QJsonObject obj;
        for (const auto& f : r.fields) {
            if (f.visibility == Vis::TextOnly)
                continue;
            switch (f.type) {
            case Type::Integer:
                obj.insert(f.display, QJsonValue(f.value.toLongLong()));
                break;
            case Type::Boolean:
                obj.insert(f.display, f.value == QLatin1String("true"));
                break;
            case Type::StringList:
                obj.insert(f.display, QJsonArray::fromStringList(f.list));
                break;
            case Type::Structure:
                obj.insert(f.display, f.children.empty() ? QJsonObject() : object(f.children.front()));
                break;
            case Type::StructureList: {
                QJsonArray arr;
                for (const auto& child : f.children)
                    arr.append(object(child));
                obj.insert(f.display, arr);
                break;
            }
            default:
                obj.insert(f.display, f.value);
            }
        }
        return obj;
    };
    switch (result.shape) {
    case EsxcliResult::Shape::None:
        return QByteArrayLiteral("true\n");
    case EsxcliResult::Shape::ScalarBool:
        return result.scalar.toUtf8() + '\n';
    case EsxcliResult::Shape::ScalarString:
        return QJsonDocument(QJsonArray{result.scalar}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
               '\n';
    default:
        break;
    }
    if (result.single && result.records.size() == 1)
        return QJsonDocument(object(result.records.first())).toJson(QJsonDocument::Compact) + '\n';
    QJsonArray arr;
    for (const auto& r : result.records)
        arr.append(object(r));
    return QJsonDocument(arr).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace mpio::lab
