// `./run.sh bench`: every benchmark of issue 9 prints its figures beside the goal, as a Markdown table and as
// JSON under build/bench/. Usage: mpio_bench --build DIR --out DIR --source DIR [--only NAME…]
#include "BenchContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <cstdio>

using namespace mpio::bench;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("build"), QStringLiteral("Build directory with the binaries."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Where results go."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("source"), QStringLiteral("The checkout."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Run only this benchmark (repeatable)."),
                      QStringLiteral("name")});
    parser.process(app);
    BenchContext ctx{parser.value(QStringLiteral("build")), parser.value(QStringLiteral("out")),
                     parser.value(QStringLiteral("source"))};
    if (ctx.buildDir.isEmpty() || ctx.outDir.isEmpty() || ctx.sourceDir.isEmpty()) {
        std::fprintf(stderr, "mpio_bench: --build, --out and --source are required\n");
        return 2;
    }
    QDir().mkpath(ctx.outDir);
    const QStringList only = parser.values(QStringLiteral("only"));
    Report report;
    for (const auto& [name, bench] : BenchRegistry::all()) {
        if (!only.isEmpty() && !only.contains(name))
            continue;
        std::fprintf(stderr, "bench: %s…\n", qPrintable(name));
        report.figures += bench(ctx);
    }
    QFile json(ctx.outDir + QStringLiteral("/results.json"));
    QFile md(ctx.outDir + QStringLiteral("/results.md"));
    if (!json.open(QIODevice::WriteOnly) || !md.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "mpio_bench: cannot write to %s\n", qPrintable(ctx.outDir));
        return 1;
    }
    json.write(QJsonDocument(report.toJson()).toJson());
    const QByteArray table = report.toMarkdown().toUtf8();
    md.write(table);
    std::fwrite(table.constData(), 1, static_cast<size_t>(table.size()), stdout);
    return 0;
}
