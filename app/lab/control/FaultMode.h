#pragma once

#include <QString>

namespace mpio::lab {

// How an injected fault shows (control actions `esxcli-fail` and `truenas.fail`, ENDPOINTS.md): the call
// fails with an error (the default), the connection carrying it is cut before it answers (an SSH session or
// WebSocket dropped mid-step), or it never answers (the client's own timeout decides). One list for both
// sides so the fault matrix (issue 9) names the same kinds everywhere.
enum class FaultMode
{
    Error,
    Drop,
    Hang,
};

// "error", "drop", "hang"; an empty text is Error. False for anything else.
inline bool parseFaultMode(const QString& text, FaultMode* mode)
{
    if (text.isEmpty() || text == QLatin1String("error"))
        *mode = FaultMode::Error;
    else if (text == QLatin1String("drop"))
        *mode = FaultMode::Drop;
    else if (text == QLatin1String("hang"))
        *mode = FaultMode::Hang;
    else
        return false;
    return true;
}

} // namespace mpio::lab
