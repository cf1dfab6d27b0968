#include "app/lab/workload/NmpSelector.h"

namespace mpio::lab {

QHash<QString, quint64> NmpSelector::distribute(Device& device, const QStringList& usable, quint64 ios,
                                                int blockSize, int* cursor, quint64* leftInChunk)
{
    QHash<QString, quint64> out;
    if (usable.isEmpty() || ios == 0)
        return out;
    if (device.psp == QLatin1String("VMW_PSP_RR")) {
        quint64 chunk = device.rrIops > 0 ? device.rrIops : 1000;
        if (device.rrLimitType == QLatin1String("Bytes") && blockSize > 0)
            chunk = qMax<quint64>(1, (device.rrBytes + quint64(blockSize) - 1) / quint64(blockSize));
        else if (device.rrLimitType == QLatin1String("Default"))
            chunk = 1000; // ESXi's default I/O operation limit
        const qsizetype k = usable.size();
        if (*cursor < 0 || *cursor >= k) {
            *cursor = 0;
            *leftInChunk = chunk;
        }
        if (*leftInChunk == 0 || *leftInChunk > chunk)
            *leftInChunk = chunk;
        quint64 remaining = ios;
        // Finish the current chunk, then whole rounds at once, then the partial round.
        const quint64 first = qMin(remaining, *leftInChunk);
        out[usable.at(*cursor)] += first;
        remaining -= first;
        *leftInChunk -= first;
        if (*leftInChunk == 0) {
            *cursor = int((*cursor + 1) % k);
            *leftInChunk = chunk;
        }
        const quint64 round = chunk * quint64(k);
        const quint64 rounds = remaining / round;
        if (rounds) {
            for (const QString& p : usable)
                out[p] += rounds * chunk;
            remaining -= rounds * round;
        }
        while (remaining > 0) {
            const quint64 n = qMin(remaining, *leftInChunk);
            out[usable.at(*cursor)] += n;
            remaining -= n;
            *leftInChunk -= n;
            if (*leftInChunk == 0) {
                *cursor = int((*cursor + 1) % k);
                *leftInChunk = chunk;
            }
        }
        device.currentPath = usable.at(*cursor);
        return out;
    }
    QString path;
    if (device.psp == QLatin1String("VMW_PSP_MRU")) {
        path = usable.contains(device.currentPath) ? device.currentPath : usable.constFirst();
    } else { // VMW_PSP_FIXED and anything unknown
        path = usable.contains(device.preferredPath) ? device.preferredPath : usable.constFirst();
    }
    device.currentPath = path;
    out[path] = ios;
    return out;
}

} // namespace mpio::lab
