#include "ui/wizard/FieldFindings.h"

#include <QCoreApplication>

namespace mpio::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mpio::ui::FieldFindings)
};
} // namespace

Findings FieldFindings::at(const QString& field) const
{
    Findings out;
    for (const Finding& f : m_findings)
        if (f.field == field)
            out.append(f);
    return out;
}

QString FieldFindings::toolTip(const Findings& findings)
{
    QStringList blocks;
    for (const Finding& f : findings)
        blocks << Tr::tr("%1 (%2): %3\nFix: %4").arg(f.ruleId, toString(f.severity), f.message, f.fix);
    return blocks.join(QStringLiteral("\n\n"));
}

QString FieldFindings::html(const Findings& findings, const std::function<QString(const QString&)>& where)
{
    QStringList lines;
    for (const Finding& f : findings) {
        const QString colour = f.severity == Severity::Error     ? QStringLiteral("#b71c1c")
                               : f.severity == Severity::Warning ? QStringLiteral("#8d6e00")
                                                                 : QStringLiteral("#455a64");
        const QString loc = where(f.field);
        const QString rule =
            QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>").arg(colour, f.ruleId.toHtmlEscaped());
        lines << (loc.isEmpty()
                      ? Tr::tr("%1 %2 <i>%3</i>").arg(rule, f.message.toHtmlEscaped(), f.fix.toHtmlEscaped())
                      : Tr::tr("%1 %2: %3 <i>%4</i>")
                            .arg(rule, loc.toHtmlEscaped(), f.message.toHtmlEscaped(),
                                 f.fix.toHtmlEscaped()));
    }
    return lines.join(QStringLiteral("<br>"));
}

QColor FieldFindings::background(const Findings& findings)
{
    if (mpio::hasErrors(findings))
        return QColor(0xff, 0xcd, 0xd2);
    if (countOf(findings, Severity::Warning) > 0)
        return QColor(0xff, 0xec, 0xb3);
    return {};
}

} // namespace mpio::ui
