#include "TestData.h"

#include "data/BuiltinData.h"

namespace khronika::test {

std::map<QString, QByteArray> minimalDataSet()
{
    return {
        {QStringLiteral("dataset.yaml"), QByteArrayLiteral(R"(title: Test
period: { from: 1923, to: 1941 }
files: [records.yaml]
categories:
  - { id: congress, title: Congress }
  - { id: trial, title: Trial }
offices:
  - { id: politburo, title: Politburo member, rank: 8 }
  - { id: general-secretary, title: General Secretary, rank: 10 }
)")},
        {QStringLiteral("records.yaml"), QByteArrayLiteral(R"(sources:
  - { id: book, author: A. Historian, title: A Book, year: 1990, url: "https://example.org/book" }
factions:
  - { id: left, name: Left, colour: "#0072B2", from: 1923, to: 1927, description: The left., sources: [book] }
actors:
  - id: stalin
    name: Joseph Stalin
    native_name: Иосиф Сталин
    born: 1878-12-18
    died: 1953-03-05
    fate: natural
    summary: General Secretary.
    offices:
      - { office: general-secretary, from: 1922-04-03, to: 1952-10 }
      - { office: politburo, from: 1919-03 }
    sources: [book]
events:
  - id: congress-12
    title: 12th Congress
    date: 1923-04-17
    end: 1923-04-25
    category: congress
    importance: 2
    actors: [stalin]
    factions: [left]
    summary: A congress.
    sources: [{ ref: book, page: "12" }]
)")},
    };
}

LoadResult loadWithRecords(const QByteArray &records)
{
    auto files = minimalDataSet();
    files[QStringLiteral("records.yaml")] = records;
    return DataSetLoader::loadBuffers(files);
}

LoadResult loadWithStandingScale(const QByteArray &records)
{
    auto files = minimalDataSet();
    files[QStringLiteral("dataset.yaml")] += QByteArrayLiteral(R"(standing:
  - { id: top, title: Supreme leader, description: Rules alone. }
  - { id: middle, title: Member of the leadership, description: Sits on the Politburo. }
  - { id: bottom, title: Defeated or outcast, description: Out of the leadership. }
)");
    files[QStringLiteral("records.yaml")] = records;
    return DataSetLoader::loadBuffers(files);
}

QStringList messages(const LoadResult &result)
{
    QStringList lines;
    for (const Diagnostic &d : result.diagnostics.all())
        lines << d.toString();
    return lines;
}

std::shared_ptr<const Timeline> builtinTimeline()
{
    static const std::shared_ptr<const Timeline> timeline = [] {
        LoadResult r = DataSetLoader::loadDirectory(builtinDataSetPath());
        if (!r.ok())
            qFatal("the built-in data set does not load: %s", qPrintable(messages(r).join(u'\n')));
        return std::make_shared<const Timeline>(std::move(r.data));
    }();
    return timeline;
}

} // namespace khronika::test
