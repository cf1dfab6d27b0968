#pragma once

#include "core/common/Result.h"
#include "core/model/Site.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace mpio {

// Profile files (JSON, schema "mpio-wizard/site", version 1). Loading is strict: unknown keys, wrong types
// and unsupported versions are errors naming the JSON location (Error::fields). Nothing here ever reads or
// writes a secret; a key that looks like one ("password", "apiKey", "secret") is refused explicitly.
class SiteJson
{
    Q_DECLARE_TR_FUNCTIONS(mpio::SiteJson)

public:
    static Result<Site> load(const QByteArray& json);
    static Result<Site> loadFile(const QString& path);
    static QJsonObject toJson(const Site& site);
    static QByteArray save(const Site& site);
    static Status saveFile(const Site& site, const QString& path);
};

} // namespace mpio
