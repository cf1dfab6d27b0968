#pragma once

#include "core/checks/JumboCell.h"
#include "core/checks/JumboMatrix.h"
#include "core/model/Site.h"
#include "core/plan/OperationExecutor.h"

#include <QObject>

namespace mpio {

// Runs the plan's jumbo gate step (JumboGateStep, kind "jumbo-gate"): the whole matrix, then the gate
// (MTU-JUMBO-CHECK). A failing gate fails the step with the diagnosis of every failing same-path cell, so
// the runner stops before any iSCSI change and the journal keeps the cells. With the override set (the
// user's explicit "apply anyway") the step succeeds and its facts say `overridden: true`.
// Facts: {"passed", "overridden", "seconds", "cells": [JumboCellJson…]}.
class JumboGateExecutor final : public QObject, public OperationExecutor
{
    Q_OBJECT

public:
    JumboGateExecutor(const Site& site, JumboMatrix::Ping ping, QObject* parent = nullptr);
    void setOverride(bool override) { m_override = override; }
    bool override() const { return m_override; }
    void execute(const Operation& operation, const Action& action,
                 std::function<void(Result<QJsonObject> facts)> done) override;

signals:
    // Live cells for a GUI: every change of any cell of the running gate.
    void cellChanged(const mpio::JumboCell& cell);

private:
    Site m_site;
    JumboMatrix::Ping m_ping;
    bool m_override = false;
};

} // namespace mpio
