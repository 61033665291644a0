// The printed handout of a tour (ui/export/Handout), held on the record of what it put on each page:
// a title page, every step with its view and, on chart steps, the plots it names, sources in full, no
// type under 9 pt, emphasis that survives black and white, portrait A4 and US Letter.

#include "TestData.h"

#include "ui/Theme.h"
#include "ui/export/Handout.h"
#include "ui/panels/DetailsHtml.h"
#include "ui/presentation/TourPlayer.h"
#include "ui/state/ViewState.h"
#include "ui/timeline/TimelineView.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocumentFragment>

#include <gtest/gtest.h>

using namespace khronika;

namespace {

std::shared_ptr<const Timeline> builtin()
{
    return test::builtinTimeline();
}

struct Written {
    Handout::Layout layout;
    QByteArray pdf;
};

Written writeHandout(const Tour &tour, Handout::Paper paper)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("handout.pdf"));
    Written w;
    QString error;
    EXPECT_TRUE(Handout::write(builtin(), tour, paper, file, &error, &w.layout)) << error.toStdString();
    QFile f(file);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    w.pdf = f.readAll();
    return w;
}

bool isPictureText(const Handout::Item &item)
{
    return item.role.endsWith(u"-text");
}

std::string where(const Tour &tour, Handout::Paper paper, const Handout::Page &page)
{
    return QStringLiteral("%1 on %2, step %3").arg(tour.id, Handout::paperName(paper)).arg(page.step + 1).toStdString();
}

// `smallMaps` counts the steps printed with a small map.
void checkHandout(const Tour &tour, Handout::Paper paper, int *smallMaps = nullptr)
{
    const Timeline &t = *builtin();
    const Written w = writeHandout(tour, paper);
    const Handout::Layout &l = w.layout;
    ASSERT_FALSE(l.pages.empty());

    // Portrait, on the paper asked for (A4 is 595 x 842 pt, US Letter 612 x 792 pt).
    const QSizeF expected = paper == Handout::Paper::A4 ? QSizeF(595.3, 841.9) : QSizeF(612, 792);
    EXPECT_NEAR(l.pageSize.width(), expected.width(), 1.0);
    EXPECT_NEAR(l.pageSize.height(), expected.height(), 1.0);
    ASSERT_TRUE(w.pdf.startsWith("%PDF"));
    const qsizetype pdfPages
        = QString::fromLatin1(w.pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)")));
    EXPECT_EQ(pdfPages, qsizetype(l.pages.size()));

    // The title page: the tour, a line for the name, every step listed.
    const Handout::Page &title = l.pages.front();
    EXPECT_EQ(title.step, -1);
    const auto has = [](const Handout::Page &page, const QString &role, const QString &text = {}) {
        return std::any_of(page.items.begin(), page.items.end(), [&](const Handout::Item &item) {
            return item.role == role && (text.isEmpty() || item.text.contains(text));
        });
    };
    EXPECT_TRUE(has(title, QStringLiteral("tour-title"), tour.title));
    EXPECT_TRUE(has(title, QStringLiteral("tour-dates")));
    EXPECT_TRUE(has(title, QStringLiteral("name-line")));
    for (const TourStep &s : tour.steps)
        EXPECT_TRUE(has(title, QStringLiteral("step-entry"), s.title)) << s.title.toStdString();

    for (const Handout::Page &page : l.pages) {
        EXPECT_TRUE(has(page, QStringLiteral("footer"))) << where(tour, paper, page);
        for (const Handout::Item &item : page.items) {
            // Nothing under 9 pt, in the pictures too (a picture's own record has no type).
            const bool picture = item.role == u"timeline" || item.role == u"chart" || item.role == u"map";
            EXPECT_TRUE(std::isfinite(item.pointSize)) << item.role.toStdString();
            EXPECT_GE(picture ? Handout::kLeastPointSize : item.pointSize, Handout::kLeastPointSize - 0.05)
                << where(tour, paper, page) << ": " << item.role.toStdString() << " '" << item.text.toStdString()
                << "' is " << item.pointSize << " pt";
            // Nothing shortened: paper has no tooltip to read the rest in.
            EXPECT_FALSE(!isPictureText(item) && item.text.contains(u'…'))
                << where(tour, paper, page) << ": " << item.role.toStdString() << " cut: " << item.text.toStdString();
            // Nothing beyond the margins.
            EXPECT_TRUE(l.printable.adjusted(-0.5, -0.5, 0.5, 0.5).contains(item.rect))
                << where(tour, paper, page) << ": " << item.role.toStdString() << " '" << item.text.toStdString()
                << "' leaves the printable area";
        }
        // The blocks of a page stand one under another, never over each other.
        for (size_t a = 0; a < page.items.size(); ++a) {
            for (size_t b = a + 1; b < page.items.size(); ++b) {
                const Handout::Item &x = page.items[a];
                const Handout::Item &y = page.items[b];
                if (isPictureText(x) || isPictureText(y))
                    continue;
                EXPECT_FALSE(x.rect.adjusted(0.5, 0.5, -0.5, -0.5).intersects(y.rect))
                    << where(tour, paper, page) << ": " << x.role.toStdString() << " over " << y.role.toStdString();
            }
        }
    }

    for (int i = 0; i < int(tour.steps.size()); ++i) {
        const TourStep &s = tour.steps[size_t(i)];
        std::vector<const Handout::Page *> pages;
        for (const Handout::Page &page : l.pages) {
            if (page.step == i)
                pages.push_back(&page);
        }
        ASSERT_FALSE(pages.empty()) << "step " << i + 1 << " has no page";
        std::vector<Handout::Item> items;
        for (const Handout::Page *page : pages)
            items.insert(items.end(), page->items.begin(), page->items.end());
        const auto find = [&](const QString &role) {
            std::vector<Handout::Item> found;
            std::copy_if(items.begin(), items.end(), std::back_inserter(found),
                [&](const Handout::Item &item) { return item.role == role; });
            return found;
        };
        const std::string step = QStringLiteral("%1 step %2").arg(tour.id).arg(i + 1).toStdString();
        ASSERT_EQ(find(QStringLiteral("step-title")).size(), 1u) << step;
        EXPECT_EQ(find(QStringLiteral("step-title")).front().text, s.title) << step;

        // The view of the step, its own event named and outlined.
        const auto timeline = find(QStringLiteral("timeline"));
        ASSERT_EQ(timeline.size(), 1u) << step;
        if (!timeline.front().event.isEmpty()) {
            const auto labels = find(QStringLiteral("timeline-text"));
            EXPECT_TRUE(std::any_of(labels.begin(), labels.end(),
                [&](const Handout::Item &item) {
                    return item.event == timeline.front().event && item.emphasised && !item.cut
                        && !item.text.endsWith(u'…');
                }))
                << step << ": " << timeline.front().event.toStdString() << " is not named in full";
        }

        // On a chart step, the chart with every plot the step names.
        const auto charts = find(QStringLiteral("chart"));
        EXPECT_EQ(charts.size(), s.chart.isEmpty() ? 0u : 1u) << step;
        if (!charts.empty()) {
            for (const QString &plot : s.plots) {
                EXPECT_NE(std::find(charts.front().plots.begin(), charts.front().plots.end(), plot),
                    charts.front().plots.end())
                    << step << ": plot " << plot.toStdString() << " left out";
            }
            EXPECT_FALSE(find(QStringLiteral("chart-text")).empty()) << step;
        }

        // A step that asks for the map has it; another without a chart whose events have places may
        // have a small one (where it needs no extra page); the map shows what it drew.
        const auto maps = find(QStringLiteral("map"));
        const bool placed = std::any_of(s.events.begin(), s.events.end(), [&](const QString &id) {
            const Event &e = t.event(t.eventIndex(id));
            return !e.place.isEmpty() || !e.route.empty() || !e.region.isEmpty();
        });
        if (s.showsMap)
            EXPECT_EQ(maps.size(), 1u) << step;
        else
            EXPECT_LE(maps.size(), s.chart.isEmpty() && placed ? 1u : 0u) << step;
        if (smallMaps && !s.showsMap)
            *smallMaps += int(maps.size());
        if (!maps.empty()) {
            const auto texts = find(QStringLiteral("map-text"));
            EXPECT_FALSE(texts.empty()) << step;
            const auto biggest = std::max_element(maps.begin(), maps.end(),
                [](const Handout::Item &a, const Handout::Item &b) { return a.rect.height() < b.rect.height(); });
            // Asked for, the map is as large as a chart; otherwise a small figure.
            if (s.showsMap)
                EXPECT_GT(biggest->rect.height(), l.printable.height() * 0.3) << step;
            else
                EXPECT_LT(biggest->rect.height(), l.printable.height() * 0.3) << step;
        }

        // The narration, and every source written out whole.
        QString narration;
        for (const Handout::Item &item : find(QStringLiteral("narration")))
            narration += item.text;
        EXPECT_EQ(narration.simplified().remove(u' '), s.narration.simplified().remove(u' ')) << step;
        const auto sources = find(QStringLiteral("source"));
        const QStringList expectedSources = DetailsHtml::stepSources(t, s);
        EXPECT_EQ(sources.size(), size_t(expectedSources.size())) << step;
        for (const QString &html : expectedSources) {
            const QString plain = QTextDocumentFragment::fromHtml(html).toPlainText();
            EXPECT_TRUE(std::any_of(sources.begin(), sources.end(),
                [&](const Handout::Item &item) { return item.text.simplified() == plain.simplified(); }))
                << step << ": source not printed whole: " << plain.toStdString();
        }
        if (!charts.empty()) {
            EXPECT_EQ(find(QStringLiteral("chart-sources")).size(), 1u) << step;
        }
        // Room for two questions.
        EXPECT_EQ(find(QStringLiteral("notes")).size(), 1u) << step;
    }
}

} // namespace

TEST(Handout, EveryTourOnA4KeepsTheRules)
{
    int smallMaps = 0;
    for (const Tour &tour : builtin()->data().tours) {
        SCOPED_TRACE(tour.id.toStdString());
        checkHandout(tour, Handout::Paper::A4, &smallMaps);
    }
    // Some steps have room for a small map.
    EXPECT_GE(smallMaps, 3);
}

TEST(Handout, EveryTourOnUsLetterKeepsTheRules)
{
    for (const Tour &tour : builtin()->data().tours) {
        SCOPED_TRACE(tour.id.toStdString());
        checkHandout(tour, Handout::Paper::Letter);
    }
}

TEST(Handout, PaperNames)
{
    EXPECT_EQ(Handout::parsePaper(QStringLiteral("A4")), Handout::Paper::A4);
    EXPECT_EQ(Handout::parsePaper(QStringLiteral("letter")), Handout::Paper::Letter);
    EXPECT_FALSE(Handout::parsePaper(QStringLiteral("a3")));
    EXPECT_EQ(Handout::parsePaper(Handout::paperName(Handout::Paper::Letter)), Handout::Paper::Letter);
}

TEST(Handout, OnlyAPdf)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(Handout::write(
        builtin(), builtin()->data().tours.front(), Handout::Paper::A4, dir.filePath(QStringLiteral("x.png")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("PDF"))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}

// On paper the step's own event is outlined in black: nothing of it is told by a colour a grey copy loses.
TEST(Handout, PrintThemeMarksTheSelectedEventWithoutColour)
{
    ViewState state(builtin());
    state.setAnimationsEnabled(false);
    TourPlayer player(&state);
    player.setTour(builtin()->data().tours.front());
    player.goTo(2);
    ASSERT_GE(state.selectedEvent(), 0);
    for (const Theme &theme : {Theme::light(), Theme::print()}) {
        TimelineView view(&state);
        view.setTheme(theme);
        view.resize(1000, 500);
        QImage image(view.size(), QImage::Format_ARGB32);
        view.render(&image);
        // Count strongly coloured pixels of the highlight's hue (the yellow of the screen themes).
        int yellow = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.red() > 200 && c.green() > 150 && c.blue() < 120)
                    ++yellow;
            }
        }
        if (theme.outlineEmphasis)
            EXPECT_EQ(yellow, 0);
        else
            EXPECT_GT(yellow, 50); // the screen marks it in yellow: the count above can fail
    }
}
