#include "core/log/RedactingSink.h"

#include "core/log/Redactor.h"

#include <algorithm>

namespace mpio {

void RedactingSink::addTarget(std::shared_ptr<spdlog::sinks::sink> sink)
{
    std::lock_guard<std::mutex> lock(mutex_);
    m_targets.push_back(std::move(sink));
}

void RedactingSink::removeTarget(const std::shared_ptr<spdlog::sinks::sink>& sink)
{
    std::lock_guard<std::mutex> lock(mutex_);
    m_targets.erase(std::remove(m_targets.begin(), m_targets.end(), sink), m_targets.end());
}

void RedactingSink::sink_it_(const spdlog::details::log_msg& msg)
{
    const std::string clean = Redactor::redact(std::string(msg.payload.data(), msg.payload.size()));
    spdlog::details::log_msg copy(msg.time, msg.source, msg.logger_name, msg.level,
                                  spdlog::string_view_t(clean.data(), clean.size()));
    for (auto& target : m_targets)
        if (target->should_log(copy.level))
            target->log(copy);
}

void RedactingSink::flush_()
{
    for (auto& target : m_targets)
        target->flush();
}

} // namespace mpio
