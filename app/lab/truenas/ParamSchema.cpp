#include "app/lab/truenas/ParamSchema.h"

#include <QJsonArray>
#include <cmath>

namespace mpio::lab {

Field Field::make(const QString& name, Kind kind)
{
    Field f;
    f.name = name;
    f.kind = kind;
    return f;
}

Field Field::choice(const QString& name, const QStringList& choices)
{
    Field f = make(name, Kind::StrChoice);
    f.strChoices = choices;
    return f;
}

Field Field::intChoice(const QString& name, const QList<int>& choices)
{
    Field f = make(name, Kind::IntChoice);
    f.intChoices = choices;
    return f;
}

Field Field::object(const QString& name, const QList<Field>& members)
{
    Field f = make(name, Kind::Object);
    f.fields = std::make_shared<QList<Field>>(members);
    return f;
}

Field Field::objectList(const QString& name, const QList<Field>& members)
{
    Field f = make(name, Kind::ObjectList);
    f.fields = std::make_shared<QList<Field>>(members);
    return f;
}

Field Field::req() const
{
    Field f = *this;
    f.required = true;
    return f;
}

Field Field::null() const
{
    Field f = *this;
    f.nullable = true;
    return f;
}

Field Field::def(const QJsonValue& v) const
{
    Field f = *this;
    f.hasDefault = true;
    f.defaultValue = v;
    return f;
}

Field Field::range(qint64 lo, qint64 hi) const
{
    Field f = *this;
    f.min = lo;
    f.max = hi;
    return f;
}

Field Field::length(int lo, int hi) const
{
    Field f = *this;
    f.minLength = lo;
    f.maxLength = hi;
    return f;
}

bool ParamSchema::isInt(const QJsonValue& v)
{
    // QJsonDocument keeps every number as a double: an integral double is what the client sent as an int.
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.007199254740992e15;
}

// pydantic's literal_error text: "Input should be 'A', 'B' or 'C'".
QString ParamSchema::choiceText(const QStringList& quoted)
{
    if (quoted.size() <= 1)
        return QStringLiteral("Input should be ") + quoted.value(0);
    return QStringLiteral("Input should be ") + quoted.mid(0, quoted.size() - 1).join(QStringLiteral(", ")) +
           QStringLiteral(" or ") + quoted.last();
}

void ParamSchema::checkValue(const QJsonValue& value, const Field& field, const QString& path,
                             ValidationErrors* errors, QJsonValue* normalized, bool fillDefaults)
{
    Q_UNUSED(fillDefaults) // nested values are complete: they always take their defaults
    auto add = [&](const QString& msg) { errors->append(ValidationError{path, msg, 22}); };
    if (normalized)
        *normalized = value;
    if (value.isNull()) {
        if (!field.nullable && field.kind != Field::Kind::Any)
            add(field.kind == Field::Kind::Object
                    ? QStringLiteral("Input should be a valid dictionary")
                    : QStringLiteral("Input should be a valid %1")
                          .arg(field.kind == Field::Kind::Int    ? u"integer"
                               : field.kind == Field::Kind::Bool ? u"boolean"
                               : field.kind == Field::Kind::StrList || field.kind == Field::Kind::ObjectList
                                   ? u"list"
                                   : u"string"));
        return;
    }
    switch (field.kind) {
    case Field::Kind::Any:
        return;
    case Field::Kind::Int:
        if (!isInt(value)) {
            add(QStringLiteral("Input should be a valid integer"));
            return;
        }
        if (qint64(value.toDouble()) < field.min)
            add(QStringLiteral("Input should be greater than or equal to %1").arg(field.min));
        else if (qint64(value.toDouble()) > field.max)
            add(QStringLiteral("Input should be less than or equal to %1").arg(field.max));
        return;
    case Field::Kind::Bool:
        if (!value.isBool())
            add(QStringLiteral("Input should be a valid boolean"));
        return;
    case Field::Kind::Str:
        if (!value.isString()) {
            add(QStringLiteral("Input should be a valid string"));
            return;
        }
        if (field.minLength >= 0 && value.toString().size() < field.minLength)
            add(QStringLiteral("String should have at least %1 character%2")
                    .arg(field.minLength)
                    .arg(field.minLength == 1 ? QString() : QStringLiteral("s")));
        else if (field.maxLength >= 0 && value.toString().size() > field.maxLength)
            add(QStringLiteral("String should have at most %1 character%2")
                    .arg(field.maxLength)
                    .arg(field.maxLength == 1 ? QString() : QStringLiteral("s")));
        return;
    case Field::Kind::IntOrStr:
        if (!isInt(value) && !value.isString())
            add(QStringLiteral("Input should be a valid integer"));
        return;
    case Field::Kind::StrChoice: {
        if (!value.isString() || !field.strChoices.contains(value.toString())) {
            QStringList q;
            for (const QString& c : field.strChoices)
                q.append(QLatin1Char('\'') + c + QLatin1Char('\''));
            add(choiceText(q));
        }
        return;
    }
    case Field::Kind::IntChoice: {
        if (!isInt(value) || !field.intChoices.contains(int(value.toDouble()))) {
            QStringList q;
            for (int c : field.intChoices)
                q.append(QString::number(c));
            add(choiceText(q));
        }
        return;
    }
    case Field::Kind::StrList: {
        if (!value.isArray()) {
            add(QStringLiteral("Input should be a valid list"));
            return;
        }
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            if (!a.at(i).isString())
                errors->append(ValidationError{path + QLatin1Char('.') + QString::number(i),
                                               QStringLiteral("Input should be a valid string"), 22});
        return;
    }
    case Field::Kind::Object: {
        // A nested object is always a complete value (even inside an update): defaults apply.
        const QJsonObject o = checkObject(value, *field.fields, path, errors, true);
        if (normalized && value.isObject())
            *normalized = o;
        return;
    }
    case Field::Kind::ObjectList: {
        if (!value.isArray()) {
            add(QStringLiteral("Input should be a valid list"));
            return;
        }
        const QJsonArray a = value.toArray();
        QJsonArray out;
        for (qsizetype i = 0; i < a.size(); ++i)
            out.append(checkObject(a.at(i), *field.fields, path + QLatin1Char('.') + QString::number(i),
                                   errors, true));
        if (normalized)
            *normalized = out;
        return;
    }
    }
}

QJsonObject ParamSchema::checkObject(const QJsonValue& value, const Fields& fields, const QString& prefix,
                                     ValidationErrors* errors, bool fillDefaults)
{
    if (!value.isObject()) {
        errors->append(ValidationError{prefix, QStringLiteral("Input should be a valid dictionary"), 22});
        return {};
    }
    const QJsonObject in = value.toObject();
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it) {
        bool known = false;
        for (const Field& f : fields)
            known = known || f.name == it.key();
        if (!known)
            errors->append(ValidationError{prefix + QLatin1Char('.') + it.key(),
                                           QStringLiteral("Extra inputs are not permitted"), 22});
    }
    for (const Field& f : fields) {
        const QString path = prefix + QLatin1Char('.') + f.name;
        if (!in.contains(f.name)) {
            if (f.required)
                errors->append(ValidationError{path, QStringLiteral("Field required"), 22});
            else if (fillDefaults && f.hasDefault)
                out.insert(f.name, f.defaultValue);
            continue;
        }
        QJsonValue norm;
        checkValue(in.value(f.name), f, path, errors, &norm, fillDefaults);
        out.insert(f.name, norm);
    }
    return out;
}

bool ParamSchema::checkArgCount(const QJsonArray& params, int max, const QString& method,
                                ValidationErrors* errors)
{
    if (params.size() <= max)
        return true;
    errors->append(ValidationError{
        method, QStringLiteral("Too many arguments (expected %1, found %2)").arg(max).arg(params.size()),
        22});
    return false;
}

} // namespace mpio::lab
