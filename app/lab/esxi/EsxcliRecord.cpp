#include "app/lab/esxi/EsxcliRecord.h"

namespace mpio::lab {

namespace {
EsxcliField makeField(const QString& display, EsxcliField::Type type, EsxcliField::Visibility vis)
{
    EsxcliField f;
    f.display = display;
    f.key = display;
    f.key.remove(QLatin1Char(' '));
    f.type = type;
    f.visibility = vis;
    return f;
}
} // namespace

EsxcliRecord& EsxcliRecord::str(const QString& display, const QString& v, EsxcliField::Visibility vis)
{
    EsxcliField f = makeField(display, EsxcliField::Type::String, vis);
    f.value = v;
    fields.append(f);
    return *this;
}

EsxcliRecord& EsxcliRecord::num(const QString& display, qint64 v, EsxcliField::Visibility vis)
{
    EsxcliField f = makeField(display, EsxcliField::Type::Integer, vis);
    f.value = QString::number(v);
    fields.append(f);
    return *this;
}

EsxcliRecord& EsxcliRecord::unum(const QString& display, quint64 v)
{
    EsxcliField f = makeField(display, EsxcliField::Type::Integer, EsxcliField::Visibility::Both);
    f.value = QString::number(v);
    fields.append(f);
    return *this;
}

EsxcliRecord& EsxcliRecord::boolean(const QString& display, bool v, EsxcliField::Visibility vis)
{
    EsxcliField f = makeField(display, EsxcliField::Type::Boolean, vis);
    f.value = v ? QStringLiteral("true") : QStringLiteral("false");
    fields.append(f);
    return *this;
}

EsxcliRecord& EsxcliRecord::strList(const QString& display, const QStringList& v)
{
    EsxcliField f = makeField(display, EsxcliField::Type::StringList, EsxcliField::Visibility::Both);
    f.list = v;
    fields.append(f);
    return *this;
}

EsxcliRecord& EsxcliRecord::nested(const QString& display, const QList<EsxcliRecord>& children, bool list)
{
    EsxcliField f = makeField(display, list ? EsxcliField::Type::StructureList : EsxcliField::Type::Structure,
                              EsxcliField::Visibility::Both);
    f.children.assign(children.cbegin(), children.cend());
    fields.append(f);
    return *this;
}

EsxcliRecord& EsxcliRecord::key(const QString& k)
{
    if (!fields.isEmpty())
        fields.last().key = k;
    return *this;
}

} // namespace mpio::lab
