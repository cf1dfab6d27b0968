#pragma once

#include "app/lab/esxi/EsxcliRecord.h"

#include <QByteArray>
#include <QString>

namespace mpio::lab {

// Renders an EsxcliResult the way ESXi does (esxi-esxcli.md §1): default text (3-space key/value blocks or
// dash-ruled tables, integer columns right-aligned, last column unpadded), xml (alphabetical fields, 3-space
// nesting, ESX/5.0 namespace on every version), keyvalue, csv (trailing commas) and json (display-name keys).
class EsxcliFormatter
{
public:
    static bool isKnown(const QString& formatter);
    static QByteArray format(const EsxcliResult& result, const QString& formatter);
    static QByteArray text(const EsxcliResult& result);
    static QByteArray xml(const EsxcliResult& result);
    static QByteArray keyValue(const EsxcliResult& result);
    static QByteArray csv(const EsxcliResult& result);
    static QByteArray json(const EsxcliResult& result);
};

} // namespace mpio::lab
