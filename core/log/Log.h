#pragma once

#include <QString>
#include <memory>
#include <spdlog/logger.h>

namespace mpio {

// Logging: one spdlog logger per subsystem ("esxi", "truenas", "plan", "lab-client", …), all writing through
// one RedactingSink into a rotating file in AppPaths::logDir() and, if asked, stderr. Qt's qDebug/qWarning
// are bridged into the "qt" logger. Level from Options or MPIO_LOG_LEVEL (trace|debug|info|warn|error|off).
class Log
{
public:
    struct Options
    {
        QString level;         // empty: MPIO_LOG_LEVEL or "info"
        bool toStderr = false; // CLI: progress and log lines go to stderr
        bool toFile = true;
        QString fileName = QStringLiteral("mpio.log");
    };
    static void init(const Options& options);
    static void initForTests(); // stderr only, level from MPIO_LOG_LEVEL (default warn)
    static std::shared_ptr<spdlog::logger> get(const char* subsystem);
    // Adds a sink to every logger (tests, the UI's log model). Sinks added here still get redacted text.
    static void addSink(std::shared_ptr<spdlog::sinks::sink> sink);
    static void removeSink(const std::shared_ptr<spdlog::sinks::sink>& sink);
    static QString logFilePath();
    static void shutdown();
};

} // namespace mpio

// QString into fmt: logger->info("connected to {}", host) works with QString arguments.
#include <fmt/format.h>
#include <QString>
template<>
struct fmt::formatter<QString> : fmt::formatter<fmt::string_view>
{
    template<typename FormatContext>
    auto format(const QString& s, FormatContext& ctx) const -> decltype(ctx.out())
    {
        const QByteArray utf8 = s.toUtf8();
        return fmt::formatter<fmt::string_view>::format(fmt::string_view(utf8.constData(), size_t(utf8.size())), ctx);
    }
};
