#pragma once

#include "app/lab/truenas/MethodTable.h"

#include <QJsonObject>

namespace mpio::lab {

struct TrueNasConfig;

// auth.* (truenas-api.md §2): API_KEY_PLAIN logins, the revocation of a key used over ws:// (§2.2), auth.me.
class AuthMethods
{
public:
    static void registerAll(MethodTable& table, const TrueNasConfig& config);
    static QJsonObject userInfo(const QString& username);
};

} // namespace mpio::lab
