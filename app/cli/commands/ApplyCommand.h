#pragma once

#include "app/cli/Command.h"

namespace mpio::cli {

// mpioctl apply --profile P --lab DIR [--yes]: discover both sides, plan, show the plan and ask (or --yes),
// run it with a journal, print the journal's path. Exit 0 done (or nothing to do), 1 blocking findings,
// 3 connection/trust, 4 failed (the journal is written; `mpioctl rollback` or `resume` it).
class ApplyCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("apply"); }
    QString summary() const override
    {
        return QStringLiteral("Plan and apply a profile on both sides, with a journal.");
    }
    QString examples() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(QCommandLineParser& parser, Console& console) override;
};

// mpioctl rollback JOURNAL --profile P --lab DIR / mpioctl resume JOURNAL --profile P --lab DIR.
class JournalCommand final : public Command
{
public:
    explicit JournalCommand(bool resume)
        : m_resume(resume)
    {}
    QString name() const override { return m_resume ? QStringLiteral("resume") : QStringLiteral("rollback"); }
    QString summary() const override
    {
        return m_resume ? QStringLiteral("Continue an interrupted apply from its journal.")
                        : QStringLiteral("Undo every applied step of a journal, newest first.");
    }
    QString examples() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(QCommandLineParser& parser, Console& console) override;

private:
    bool m_resume;
};

} // namespace mpio::cli
