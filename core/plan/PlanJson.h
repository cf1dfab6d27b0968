#pragma once

#include "core/common/Result.h"
#include "core/plan/Plan.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mpio {

// Plan ↔ JSON ("schema": "mpio-plan/1"). Loading is strict (StrictJsonReader): unknown keys, wrong types and
// a graph that does not validate are refused with every problem listed (Error::fields, JSON locations).
// Actions are written sanitized: a secret is a keychain reference or «redacted», never a value.
class PlanJson
{
    Q_DECLARE_TR_FUNCTIONS(mpio::PlanJson) // the context lupdate gives tr() in its members
public:
    static constexpr const char* kSchema = "mpio-plan/1";

    static QJsonObject toJson(const Plan& plan);
    static QJsonObject toJson(const Operation& operation);
    static Result<Plan> fromJson(const QJsonObject& object);
    static Result<Plan> loadFile(const QString& path);
    static Status saveFile(const Plan& plan, const QString& path);
    // SHA-256 (hex) of the canonical compact JSON: the journal's header carries it so that a journal whose
    // embedded plan was edited is refused.
    static QString hash(const Plan& plan);
};

} // namespace mpio
