#include "data/BuiltinData.h"
#include "core/DataSetLoader.h"
#include "core/Timeline.h"

#include <gtest/gtest.h>

using namespace khronika;

TEST(BuiltinData, LoadsWithoutErrorsOrWarnings)
{
    const LoadResult r = DataSetLoader::loadDirectory(builtinDataSetPath());
    QStringList lines;
    for (const Diagnostic &d : r.diagnostics.all())
        lines << d.toString();
    EXPECT_EQ(r.diagnostics.errorCount(), 0) << lines.join(u'\n').toStdString();
    EXPECT_EQ(r.diagnostics.warningCount(), 0) << lines.join(u'\n').toStdString();
    EXPECT_FALSE(r.data.events.empty());
}

TEST(BuiltinData, CompiledInCopyMatchesTheSourceFolder)
{
    const LoadResult compiled = DataSetLoader::loadDirectory(builtinDataSetPath());
    const LoadResult onDisk = DataSetLoader::loadDirectory(QStringLiteral(KHRONIKA_DATA_DIR));
    EXPECT_EQ(compiled.data.events.size(), onDisk.data.events.size());
    EXPECT_EQ(compiled.data.actors.size(), onDisk.data.actors.size());
}
