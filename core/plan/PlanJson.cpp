#include "core/plan/PlanJson.h"

#include "core/model/StrictJsonReader.h"
#include "core/validation/FindingJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace mpio {

namespace {

// Free functions in this file: lupdate files their tr() under the namespace (mpio); members use their
// class's Q_DECLARE_TR_FUNCTIONS context.
QString tr(const char* text)
{
    return QCoreApplication::translate("mpio", text);
}

Action readAction(StrictJsonReader& parent, const QString& key, bool required)
{
    Action a;
    parent.object(
        key,
        [&](StrictJsonReader& r) {
            a.kind = r.string(QStringLiteral("kind"), {}, true);
            const QJsonValue payload = r.raw(QStringLiteral("payload"));
            if (!payload.isObject())
                r.fail(QStringLiteral("payload"), tr("expected an object"));
            a.payload = payload.toObject();
            a.sensitive = r.stringList(QStringLiteral("sensitive"));
            r.finish();
        },
        required);
    return a;
}

Severity severityFrom(const QString& text, bool* ok)
{
    *ok = true;
    if (text == QLatin1String("error"))
        return Severity::Error;
    if (text == QLatin1String("warning"))
        return Severity::Warning;
    if (text == QLatin1String("info"))
        return Severity::Info;
    *ok = false;
    return Severity::Error;
}

} // namespace

QJsonObject PlanJson::toJson(const Operation& op)
{
    QJsonObject o{{QStringLiteral("id"), op.id},
                  {QStringLiteral("side"), toString(op.side)},
                  {QStringLiteral("host"), op.host},
                  {QStringLiteral("description"), op.description},
                  {QStringLiteral("action"), op.action.toJson()},
                  {QStringLiteral("rule"), op.ruleId},
                  {QStringLiteral("preconditions"), QJsonArray::fromStringList(op.preconditions)},
                  {QStringLiteral("dependsOn"), QJsonArray::fromStringList(op.dependsOn)},
                  {QStringLiteral("cost"), QJsonObject{{QStringLiteral("esxcliCalls"), op.cost.esxcliCalls},
                                                       {QStringLiteral("apiCalls"), op.cost.apiCalls}}}};
    if (!op.undo.isNone())
        o.insert(QStringLiteral("undo"), op.undo.toJson());
    if (!op.undoNote.isEmpty())
        o.insert(QStringLiteral("undoNote"), op.undoNote);
    if (!op.verify.isNone())
        o.insert(QStringLiteral("verify"), op.verify.toJson());
    if (!op.change.isEmpty())
        o.insert(QStringLiteral("change"), QJsonObject{{QStringLiteral("subject"), op.change.subject},
                                                       {QStringLiteral("before"), op.change.before},
                                                       {QStringLiteral("after"), op.change.after}});
    if (!op.interrupts.isEmpty())
        o.insert(QStringLiteral("interrupts"), op.interrupts);
    return o;
}

QJsonObject PlanJson::toJson(const Plan& plan)
{
    QJsonArray ops;
    for (const Operation& op : plan.operations)
        ops.append(toJson(op));
    QJsonArray decisions;
    for (const PlanDecision& d : plan.decisions)
        decisions.append(QJsonObject{{QStringLiteral("id"), d.id},
                                     {QStringLiteral("rule"), d.ruleId},
                                     {QStringLiteral("title"), d.title},
                                     {QStringLiteral("text"), d.text}});
    return QJsonObject{{QStringLiteral("schema"), QLatin1String(kSchema)},
                       {QStringLiteral("site"), plan.siteName},
                       {QStringLiteral("profileHash"), plan.profileHash},
                       {QStringLiteral("operations"), ops},
                       {QStringLiteral("findings"), FindingJson::toJson(plan.findings)},
                       {QStringLiteral("decisions"), decisions}};
}

Result<Plan> PlanJson::fromJson(const QJsonObject& object)
{
    QList<FieldError> errors;
    Plan plan;
    StrictJsonReader r(object, QString(), &errors);
    const QString schema = r.string(QStringLiteral("schema"), {}, true);
    if (!schema.isEmpty() && schema != QLatin1String(kSchema))
        r.fail(QStringLiteral("schema"),
               tr("unsupported schema “%1” (this version reads %2)").arg(schema, QLatin1String(kSchema)));
    plan.siteName = r.string(QStringLiteral("site"), {}, true);
    plan.profileHash = r.string(QStringLiteral("profileHash"));
    r.objects(
        QStringLiteral("operations"),
        [&](StrictJsonReader& o) {
            Operation op;
            op.id = o.string(QStringLiteral("id"), {}, true);
            const QString side = o.string(QStringLiteral("side"), {}, true);
            if (!side.isEmpty() && !sideFromString(side, &op.side))
                o.fail(QStringLiteral("side"), tr("expected “truenas” or “esxi”"));
            op.host = o.string(QStringLiteral("host"), {}, true);
            op.description = o.string(QStringLiteral("description"), {}, true);
            op.action = readAction(o, QStringLiteral("action"), true);
            op.ruleId = o.string(QStringLiteral("rule"));
            op.preconditions = o.stringList(QStringLiteral("preconditions"));
            op.undo = readAction(o, QStringLiteral("undo"), false);
            op.undoNote = o.string(QStringLiteral("undoNote"));
            op.verify = readAction(o, QStringLiteral("verify"), false);
            op.dependsOn = o.stringList(QStringLiteral("dependsOn"));
            o.object(QStringLiteral("cost"), [&](StrictJsonReader& c) {
                op.cost.esxcliCalls = c.integer(QStringLiteral("esxcliCalls"), 0);
                op.cost.apiCalls = c.integer(QStringLiteral("apiCalls"), 0);
                c.finish();
            });
            o.object(QStringLiteral("change"), [&](StrictJsonReader& c) {
                op.change.subject = c.string(QStringLiteral("subject"), {}, true);
                op.change.before = c.string(QStringLiteral("before"));
                op.change.after = c.string(QStringLiteral("after"));
                c.finish();
            });
            op.interrupts = o.string(QStringLiteral("interrupts"));
            o.finish();
            plan.operations << op;
        },
        true);
    r.objects(QStringLiteral("findings"), [&](StrictJsonReader& f) {
        Finding finding;
        finding.ruleId = f.string(QStringLiteral("rule"), {}, true);
        bool ok = false;
        const QString sev = f.string(QStringLiteral("severity"), {}, true);
        finding.severity = severityFrom(sev, &ok);
        if (!ok && !sev.isEmpty())
            f.fail(QStringLiteral("severity"), tr("expected “error”, “warning” or “info”"));
        finding.message = f.string(QStringLiteral("message"));
        finding.fix = f.string(QStringLiteral("fix"));
        finding.field = f.string(QStringLiteral("field"));
        finding.source = f.string(QStringLiteral("source"));
        f.finish();
        plan.findings << finding;
    });
    r.objects(QStringLiteral("decisions"), [&](StrictJsonReader& d) {
        PlanDecision decision;
        decision.id = d.string(QStringLiteral("id"), {}, true);
        decision.ruleId = d.string(QStringLiteral("rule"));
        decision.title = d.string(QStringLiteral("title"));
        decision.text = d.string(QStringLiteral("text"), {}, true);
        d.finish();
        plan.decisions << decision;
    });
    r.finish();
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const FieldError& e : errors)
            lines << e.field + QStringLiteral(": ") + e.message;
        Error e = Error::make(QStringLiteral("plan.json"),
                              tr("The plan file is not a valid plan (%1 problem(s)).").arg(errors.size()),
                              lines.join(QStringLiteral("; ")));
        e.fields = errors;
        return e;
    }
    if (Status s = plan.validate(); !s)
        return s.error();
    return plan;
}

Result<Plan> PlanJson::loadFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("plan.io"), tr("Cannot read the plan file %1.").arg(path),
                           f.errorString());
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(QStringLiteral("plan.json"), tr("%1 is not valid JSON.").arg(path),
                           pe.errorString() + QStringLiteral(" at offset ") + QString::number(pe.offset));
    return fromJson(doc.object());
}

Status PlanJson::saveFile(const Plan& plan, const QString& path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::make(QStringLiteral("plan.io"), tr("Cannot write the plan file %1.").arg(path),
                           f.errorString());
    f.write(QJsonDocument(toJson(plan)).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error::make(QStringLiteral("plan.io"), tr("Cannot write the plan file %1.").arg(path),
                           f.errorString());
    return {};
}

QString PlanJson::hash(const Plan& plan)
{
    // QJsonObject keeps keys sorted, so the compact form is canonical for a given plan.
    const QByteArray bytes = QJsonDocument(toJson(plan)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace mpio
