#pragma once

#include "core/plan/Action.h"

#include <QString>
#include <QStringList>

namespace mpio {

enum class Side
{
    TrueNas,
    Esxi
};
QString toString(Side side); // "truenas", "esxi"
bool sideFromString(const QString& text, Side* side);

// One step of a plan. The planner produces these; the runner executes them; the renderer shows them.
// Ids are stable across runs of the planner for the same change ("esx01/vmk2/create",
// "truenas/portal/create") so that a journal, a report and a test can name a step.
//
// For planner authors:
// - One operation = one esxcli command or one API call where possible (the journal's unit of
// resume/rollback).
// - `undo` restores what discovery saw (put the discovered value into the undo, e.g. the old MTU), or deletes
//   what the step created, referring to the created id with Action::fact("/after/id"); a step with nothing to
//   undo (a rescan) says why in `undoNote`.
// - Give every step whose repetition would create something twice a `verify` (read-only) action: resume
//   and rollback use it for a step that started but has no recorded outcome.
// - Secrets: Action::keychainRef(...) in the payload, the pointer listed in Action::sensitive.
// - Dependencies only where order matters: hosts are independent branches, the rescan waits for both sides.
struct Operation
{
    // What a step costs on the wire, in calls; PlanCost turns calls into time for critical-path figures.
    struct Cost
    {
        int esxcliCalls = 0;
        int apiCalls = 0;
        bool operator==(const Cost&) const = default;
    };

    QString id;
    Side side = Side::Esxi;
    QString host; // ESXi host name as in the profile, or the TrueNAS name; the runner's per-host limit key
    QString description;       // one line for people: "Create vmk2 on port group iSCSI-A with 10.20.10.11/29"
    Action action;             // the exact esxcli command or API call
    QString ruleId;            // why (reference/guidance.md id), may be empty for plain prerequisites
    QStringList preconditions; // what must hold before the step, in words
    Action undo;               // none → undoNote says why (e.g. "a rescan changes nothing to undo")
    QString undoNote;
    // Optional read-only check "is this step's effect already there?", used by resume for a step that started
    // but has no recorded outcome: facts {"applied": true} means skip, false means run it again.
    Action verify;
    QStringList dependsOn;
    Cost cost; // all zero: one call of the action's kind (see effectiveCost)

    // What the step changes, for the plan as a checklist (per system, before → after): subject "vmnic3 MTU",
    // before "1500", after "9000". A new object has an empty `before` and after "new"; a removal the reverse.
    struct Change
    {
        QString subject;
        QString before;
        QString after;
        bool isEmpty() const { return subject.isEmpty(); }
        bool operator==(const Change&) const = default;
    };
    Change change;
    // Non-empty when the step can interrupt traffic that runs now, in one line why (a TrueNAS NIC change with
    // check-in, an MTU change on uplinks in use, a rescan): the plan shows it as a badge.
    QString interrupts;

    Cost effectiveCost() const;
    bool operator==(const Operation&) const = default;
};

} // namespace mpio
