#pragma once

#include <memory>
#include <mutex>
#include <spdlog/sinks/base_sink.h>
#include <vector>

namespace mpio {

// The only sink attached to loggers: it masks every registered secret (Redactor) in the formatted payload
// and only then hands the record to the real sinks (file, stderr, UI model). So a secret that reaches a log
// call by mistake still never reaches a file.
class RedactingSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    void addTarget(std::shared_ptr<spdlog::sinks::sink> sink);
    void removeTarget(const std::shared_ptr<spdlog::sinks::sink>& sink);

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override;
    void flush_() override;

private:
    std::vector<std::shared_ptr<spdlog::sinks::sink>> m_targets;
};

} // namespace mpio
