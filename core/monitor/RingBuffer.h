#pragma once

#include <QList>
#include <QtGlobal>

namespace mpio {

// A fixed-capacity ring: once full, each push overwrites the oldest element, so memory stays flat however
// long the monitor runs (8 h at 1 s = 28 800 samples per path by default).
template<typename T> class RingBuffer
{
public:
    explicit RingBuffer(qsizetype capacity = 28800)
        : m_capacity(capacity > 0 ? capacity : 1)
    {}

    void push(const T& value)
    {
        if (m_items.size() < m_capacity) {
            m_items.append(value);
            return;
        }
        m_items[m_head] = value;
        m_head = (m_head + 1) % m_capacity;
    }
    qsizetype size() const { return m_items.size(); }
    qsizetype capacity() const { return m_capacity; }
    bool isEmpty() const { return m_items.isEmpty(); }
    // i = 0 is the oldest element still held.
    const T& at(qsizetype i) const { return m_items.at((m_head + i) % m_items.size()); }
    const T& last() const { return at(size() - 1); }
    void clear()
    {
        m_items.clear();
        m_head = 0;
    }
    // The newest `n` elements, oldest first (for a chart's rolling window).
    QList<T> lastN(qsizetype n) const
    {
        QList<T> out;
        const qsizetype count = qMin(n, size());
        out.reserve(count);
        for (qsizetype i = size() - count; i < size(); ++i)
            out.append(at(i));
        return out;
    }

private:
    QList<T> m_items;
    qsizetype m_capacity;
    qsizetype m_head = 0;
};

} // namespace mpio
