#include "core/esxi/EsxcliXml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace mpio::esxi {

namespace {

const QLatin1String kNamespace("http://www.vmware.com/Products/ESX/5.0/esxcli");

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(mpio::esxi::Reader) // the context lupdate gives tr() in its members
public:
    explicit Reader(const QByteArray& xml)
        : m_xml(xml)
    {}

    Result<EsxcliValue> document()
    {
        if (!nextStart() || m_xml.name() != QLatin1String("output"))
            return fail(tr("expected <output>"));
        if (m_xml.namespaceUri() != kNamespace)
            return fail(tr("unexpected namespace “%1”").arg(m_xml.namespaceUri().toString()));
        if (!nextStart() || m_xml.name() != QLatin1String("root"))
            return fail(tr("expected <root>"));
        EsxcliValue value;
        if (!nextStart()) {
            if (m_error.isEmpty() && m_xml.isEndElement() && m_xml.name() == QLatin1String("root"))
                return finish(value); // an empty result
            return fail(tr("expected a value in <root>"));
        }
        if (!readValue(&value))
            return fail(m_error);
        if (!nextEnd(QStringLiteral("root")) || !nextEnd(QStringLiteral("output")))
            return fail(tr("expected exactly one value in <root>"));
        return finish(value);
    }

private:
    Result<EsxcliValue> finish(const EsxcliValue& value)
    {
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement() || (m_xml.isCharacters() && !m_xml.isWhitespace()))
                return fail(tr("content after </output>"));
        }
        if (m_xml.hasError())
            return fail(m_xml.errorString());
        return value;
    }

    Error fail(const QString& what)
    {
        const QString why = m_xml.hasError() ? m_xml.errorString() : what;
        return Error::make(QStringLiteral("esxi.xml"),
                           tr("The ESXi host answered with XML mpio-wizard cannot read (line %1: %2).")
                               .arg(m_xml.lineNumber())
                               .arg(why));
    }

    // Next start element, skipping whitespace and comments; false at an end element or error.
    bool nextStart()
    {
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement())
                return true;
            if (m_xml.isEndElement())
                return false;
            if (m_xml.isCharacters() && !m_xml.isWhitespace()) {
                m_error = tr("unexpected text “%1”").arg(m_xml.text().left(40).toString());
                return false;
            }
        }
        return false;
    }

    bool nextEnd(const QString& name)
    {
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement())
                return m_xml.name() == name;
            if (m_xml.isStartElement() || (m_xml.isCharacters() && !m_xml.isWhitespace()))
                return false;
        }
        return false;
    }

    bool readValue(EsxcliValue* v, int depth = 0)
    {
        if (depth > 32) {
            m_error = tr("values nested too deeply");
            return false;
        }
        const QString name = m_xml.name().toString();
        if (name == QLatin1String("string")) {
            v->kind = EsxcliValue::Kind::String;
            v->text = m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
            return !m_xml.hasError();
        }
        if (name == QLatin1String("integer")) {
            v->kind = EsxcliValue::Kind::Integer;
            bool ok = false;
            v->integer =
                m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement).trimmed().toLongLong(&ok);
            if (!ok)
                m_error = tr("an <integer> that is not a 64-bit whole number");
            return ok && !m_xml.hasError();
        }
        if (name == QLatin1String("boolean")) {
            v->kind = EsxcliValue::Kind::Boolean;
            const QString t = m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement).trimmed();
            if (t != QLatin1String("true") && t != QLatin1String("false")) {
                m_error = tr("a <boolean> that is neither true nor false");
                return false;
            }
            v->boolean = t == QLatin1String("true");
            return !m_xml.hasError();
        }
        if (name == QLatin1String("list")) {
            v->kind = EsxcliValue::Kind::List;
            while (nextStart()) {
                EsxcliValue item;
                if (!readValue(&item, depth + 1))
                    return false;
                v->items.append(item);
            }
            return m_error.isEmpty() && m_xml.isEndElement() && m_xml.name() == QLatin1String("list");
        }
        if (name == QLatin1String("structure")) {
            v->kind = EsxcliValue::Kind::Structure;
            v->typeName = m_xml.attributes().value(QLatin1String("typeName")).toString();
            while (nextStart()) {
                if (m_xml.name() != QLatin1String("field")) {
                    m_error = tr("<%1> inside a structure, expected <field>").arg(m_xml.name().toString());
                    return false;
                }
                const QString fieldName = m_xml.attributes().value(QLatin1String("name")).toString();
                if (fieldName.isEmpty()) {
                    m_error = tr("a <field> without a name");
                    return false;
                }
                EsxcliValue fieldValue;
                if (nextStart()) {
                    if (!readValue(&fieldValue, depth + 1))
                        return false;
                    if (!nextEnd(QStringLiteral("field"))) {
                        m_error = tr("more than one value in field %1").arg(fieldName);
                        return false;
                    }
                } else if (!m_error.isEmpty()) {
                    return false;
                } // else an empty field: Null
                v->fields.insert(fieldName, fieldValue);
            }
            return m_error.isEmpty() && m_xml.isEndElement() && m_xml.name() == QLatin1String("structure");
        }
        m_error = tr("unknown element <%1>").arg(name);
        return false;
    }

    QXmlStreamReader m_xml;
    QString m_error;
};

const EsxcliValue& nullValue()
{
    static const EsxcliValue v;
    return v;
}

} // namespace

const EsxcliValue& EsxcliValue::field(const QString& name) const
{
    const auto it = fields.constFind(name);
    return it == fields.constEnd() ? nullValue() : it.value();
}

QString EsxcliValue::string(const QString& name) const
{
    const EsxcliValue& f = field(name);
    switch (f.kind) {
    case Kind::String:
        return f.text;
    case Kind::Integer:
        return QString::number(f.integer);
    case Kind::Boolean:
        return f.boolean ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

qint64 EsxcliValue::integer64(const QString& name, qint64 fallback) const
{
    const EsxcliValue& f = field(name);
    if (f.kind == Kind::Integer)
        return f.integer;
    if (f.kind == Kind::String) {
        bool ok = false;
        const qint64 n = f.text.trimmed().toLongLong(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

bool EsxcliValue::flag(const QString& name) const
{
    const EsxcliValue& f = field(name);
    if (f.kind == Kind::Boolean)
        return f.boolean;
    return f.kind == Kind::String &&
           f.text.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

QStringList EsxcliValue::strings(const QString& name) const
{
    QStringList out;
    const EsxcliValue& f = field(name);
    if (f.kind == Kind::List)
        for (const EsxcliValue& i : f.items)
            if (i.kind == Kind::String)
                out.append(i.text);
    return out;
}

QList<EsxcliValue> EsxcliValue::records() const
{
    if (kind == Kind::List)
        return items;
    if (kind == Kind::Structure)
        return {*this};
    return {};
}

Result<EsxcliValue> EsxcliXml::parse(const QByteArray& xml)
{
    return Reader(xml).document();
}

} // namespace mpio::esxi
