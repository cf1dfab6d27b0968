#include "core/log/Log.h"

#include "core/common/AppPaths.h"
#include "core/log/RedactingSink.h"

#include <QDir>
#include <QMutex>
#include <QtGlobal>
#include <spdlog/sinks/ansicolor_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

namespace mpio {

namespace {

QMutex g_mutex;
std::shared_ptr<RedactingSink> g_sink;
spdlog::level::level_enum g_level = spdlog::level::info;
QString g_logFile;

spdlog::level::level_enum parseLevel(const QString& text, spdlog::level::level_enum fallback)
{
    if (text.isEmpty())
        return fallback;
    const auto level = spdlog::level::from_str(text.toLower().toStdString());
    // from_str answers "off" for anything unknown; only accept "off" when it was asked for.
    if (level == spdlog::level::off && text.toLower() != QLatin1String("off"))
        return fallback;
    return level;
}

std::shared_ptr<RedactingSink> sink()
{
    if (!g_sink) {
        g_sink = std::make_shared<RedactingSink>();
        g_sink->set_level(spdlog::level::trace);
    }
    return g_sink;
}

void qtMessageBridge(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    auto logger = Log::get("qt");
    const std::string text = message.toStdString();
    const char* category = context.category ? context.category : "default";
    switch (type) {
    case QtDebugMsg:
        logger->debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        logger->info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        logger->warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        logger->error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        logger->critical("[{}] {}", category, text);
        logger->flush();
        abort();
    }
}

void attachDefaultSinks(const Log::Options& options)
{
    auto s = sink();
    if (options.toStderr) {
        auto err = std::make_shared<spdlog::sinks::ansicolor_stderr_sink_mt>(spdlog::color_mode::automatic);
        err->set_pattern("%^%l%$ [%n] %v");
        s->addTarget(err);
    }
    if (options.toFile) {
        const QString dir = AppPaths::ensure(AppPaths::logDir());
        g_logFile = dir + QLatin1Char('/') + options.fileName;
        try {
            // Every log file, also the rotated ones spdlog creates itself, is private (0600) like the folder.
            spdlog::file_event_handlers events;
            events.after_open = [](const spdlog::filename_t& name, std::FILE*) {
                AppPaths::makePrivate(QString::fromStdString(name));
            };
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QDir::toNativeSeparators(g_logFile).toStdString(), 5 * 1024 * 1024, 5, false, events);
            file->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %l [%n] [t%t] %v");
            s->addTarget(file);
        } catch (const spdlog::spdlog_ex& e) {
            fprintf(stderr, "mpio: cannot open the log file %s: %s\n", qPrintable(g_logFile), e.what());
            g_logFile.clear();
        }
    }
}

} // namespace

void Log::init(const Options& options)
{
    QMutexLocker lock(&g_mutex);
    g_level = parseLevel(options.level.isEmpty() ? qEnvironmentVariable("MPIO_LOG_LEVEL") : options.level,
                         spdlog::level::info);
    attachDefaultSinks(options);
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& l) { l->set_level(g_level); });
    spdlog::flush_on(spdlog::level::warn);
    qInstallMessageHandler(qtMessageBridge);
}

void Log::initForTests()
{
    QMutexLocker lock(&g_mutex);
    g_level = parseLevel(qEnvironmentVariable("MPIO_LOG_LEVEL"), spdlog::level::warn);
    Options o;
    o.toStderr = true;
    o.toFile = false;
    attachDefaultSinks(o);
}

std::shared_ptr<spdlog::logger> Log::get(const char* subsystem)
{
    QMutexLocker lock(&g_mutex);
    if (auto existing = spdlog::get(subsystem))
        return existing;
    auto logger = std::make_shared<spdlog::logger>(subsystem, sink());
    logger->set_level(g_level);
    spdlog::register_logger(logger);
    return logger;
}

void Log::addSink(std::shared_ptr<spdlog::sinks::sink> target)
{
    QMutexLocker lock(&g_mutex);
    sink()->addTarget(std::move(target));
}

void Log::removeSink(const std::shared_ptr<spdlog::sinks::sink>& target)
{
    QMutexLocker lock(&g_mutex);
    sink()->removeTarget(target);
}

QString Log::logFilePath()
{
    QMutexLocker lock(&g_mutex);
    return g_logFile;
}

void Log::shutdown()
{
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& l) { l->flush(); });
}

} // namespace mpio
