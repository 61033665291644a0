#pragma once

#include "core/ChartData.h"
#include "ui/Theme.h"
#include "ui/state/ViewState.h"

#include <QWidget>

#include <vector>

class QLabel;
class QHBoxLayout;
class QVBoxLayout;

namespace khronika {

// One chart of the economy panel with everything around it: its title, the plot(s) a subclass adds,
// the legend(s), a caption saying what changed around the selected event, and the works it draws on,
// numbered, under it. Exports itself alone to PNG or SVG (context menu, or exportTo()).
//
// The plots span the panel's full width with no margin, so that a time plot's x lines up with the
// timeline when the panel is as wide as the timeline.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    ChartPanel(ViewState *state, const Theme &theme, QWidget *parent = nullptr);

    virtual QString chartId() const = 0; // "fyp", "collectivisation", "countryside"
    virtual QString chartTitle() const = 0;
    // Every series the chart draws, by the name the legend gives it.
    virtual QStringList seriesNames() const = 0;
    // The size a chart is exported at when nobody chooses one.
    virtual QSize exportSize() const { return {1600, 900}; }

    ViewState *state() const { return m_state; }
    const Theme &theme() const { return m_theme; }
    QString captionText() const;
    QString captionDetails() const; // every shown series' change, as the caption's tooltip gives them
    QString sourcesText() const; // rich text, every work in full
    QString titleNote() const;

    // PNG or SVG by the file's suffix; the panel as it is now, at its current size. An SVG names
    // every series in its text and in its <desc>.
    bool exportTo(const QString &file, QString *error = nullptr);
    // An export is a figure for a page, not a screen: no hint on how to use the chart, and the time
    // cursor only when it was asked for.
    void setForExport(bool cursor);

    // Presenting, the panel gives its room to the plots: no caption (the narration speaks for the
    // step) and the sources on one line, all of them in its tooltip.
    void setCompact(bool compact);
    // Compact, the chart's title is left out (the step's title above the narration names the subject
    // and each plot's heading names the plot) and the note of plots left out moves to the sources'
    // line, so that the plots get the header's row. A printed page keeps the title.
    void setTitleShown(bool shown);
    bool isCompact() const { return m_compact; }
    // A panel of several plots may show only the first `count` when short of room; the others are
    // named next to the title, so that nothing goes missing unsaid. Always at least one.
    virtual int plotCount() const { return 1; }
    virtual void setPlotsShown(int count) { Q_UNUSED(count); }
    virtual int plotsShown() const { return 1; }
    // Compact and still short of room, the panel leaves out its line of sources; what the open
    // marks mean then goes next to the title.
    void setSourcesShown(bool shown);
    bool sourcesShown() const { return m_sourcesShown; }
    // The row of the sources' line (and, compact, of the note of plots left out), and whether it is
    // shown when the sources are shown or not.
    const QWidget *sourcesWidget() const;
    bool sourcesLineShown(bool sourcesShown) const;
    // A plot's name, as its heading gives it, and the series group it draws (what a tour step's
    // `plots` names).
    virtual QString plotName(int plot) const
    {
        Q_UNUSED(plot);
        return chartTitle();
    }
    virtual QString plotGroup(int plot) const
    {
        Q_UNUSED(plot);
        return {};
    }
    // The plots a tour step is about come first: when room is short, the panel shows the first
    // plotsShown() plots in this order (the step's, then the others top to bottom), and offers the
    // rest one click away. Unknown groups are ignored; none restores the order top to bottom.
    void setPreferredPlots(const std::vector<QString> &groups);
    int plotRank(int plot) const; // the plot's place in that order
    bool isPlotShown(int plot) const { return plotRank(plot) < plotsShown(); }
    // Which plot a widget of the panel belongs to (its view or its legend), or -1.
    virtual int plotOf(const QWidget *part) const
    {
        Q_UNUSED(part);
        return -1;
    }
    // The widget that draws a plot (without its legend), where the plot is one widget; else null.
    virtual const QWidget *plotView(int plot) const
    {
        Q_UNUSED(plot);
        return nullptr;
    }

public Q_SLOTS:
    void updateCaption();

protected:
    // Subclasses build their plots, then call these.
    void setTitle(const QString &title);
    void addBody(QWidget *widget, int stretch = 1);
    // The works cited by all the chart's series, numbered in order of first citation; the legend
    // marks each series with the numbers of its works ("[1, 3]"). Under them, how many of the drawn
    // figures are not checked against a readable source (drawn open), so that a class knows what the
    // open marks mean.
    void setSources(const std::vector<SourceRef> &refs, int uncheckedFigures);
    QString sourceMarks(const std::vector<SourceRef> &refs) const;
    // A muted note right of the title; empty hides it.
    void setTitleNote(const QString &text);
    // Names the plots left out, each a link that brings it in (in place of another if room is short).
    void noteLeftOutPlots();
    // Called when the panel turns compact or back, for a subclass to let its plots shrink further.
    virtual void compactChanged() { }
    // What changed around a day: `brief` is the caption (a few items, so that it stays a line or
    // three on a projector), `full` one item per shown series that says something (its tooltip).
    struct Changes {
        QStringList brief;
        QStringList full;
    };
    virtual Changes changesAround(Day day) const = 0;

    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeNote();
    void updateFooterRow();
    void exportWithDialog(const QString &suffix);
    void showSources();
    void elideSourcesLine();
    void showTitleNote();

    ViewState *m_state;
    Theme m_theme;
    QVBoxLayout *m_layout;
    QHBoxLayout *m_header;
    QWidget *m_footerRow; // the sources' line, and while compact the note of plots left out
    QHBoxLayout *m_footer;
    QLabel *m_title;
    QLabel *m_hint;
    QLabel *m_caption;
    QLabel *m_sources;
    std::vector<CitedWork> m_works;
    QString m_sourcesText; // rich text, wrapped
    QString m_sourcesLine; // plain, for one elided line
    QString m_plotsNote; // which plots are left out, rich text with a link to each
    QString m_notePlain; // the note beside the title (or on the sources' line) as read
    double m_notePlainWidth = 0;
    std::vector<int> m_plotOrder; // plots in the order they are kept when room is short
    int m_uncheckedFigures = 0;
    bool m_compact = false;
    bool m_titleShown = true;
    bool m_sourcesShown = true;
    bool m_forExport = false;
};

} // namespace khronika
