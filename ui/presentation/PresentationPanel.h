#pragma once

#include "ui/Theme.h"
#include "ui/export/ViewDump.h"
#include "ui/presentation/TourPlayer.h"
#include "ui/state/ViewState.h"

#include <QWidget>

class QTextDocument;

namespace khronika {

// What the class reads in presentation mode, under the timeline: the selected event large with its
// date and summary (and the misconception, if any), or the tour step's narration, with a step counter
// and a progress strip while a tour plays.
class PresentationPanel
    : public QWidget
    , public DumpsView
{
    Q_OBJECT
public:
    PresentationPanel(ViewState *state, TourPlayer *player, QWidget *parent = nullptr);
    void setTheme(const Theme &theme);

    QString title() const { return m_title; }
    QString body() const { return m_body; }
    // True while a tour step shows a document, which needs more of the screen than narration alone.
    bool showsDocument() const { return !m_quote.isEmpty(); }
    QString counter() const;
    // The height that shows it all at its full type size at `width` (it shrinks the narration to fit
    // less).
    int heightFor(int width) const;
    // The least height that shows it all: the narration at the smallest type the back row reads
    // (kLeastBodyScale of the theme's size). Below it the narration would be cut.
    int leastHeightFor(int width) const;
    // The narration's type as painted at the panel's size, as a share of the theme's size.
    double bodyScale() const;
    void dumpView(ViewDump &dump) const override;

    static constexpr double kBodyScale = 1.5; // the narration's type size, shrunk when short of room
    static constexpr double kLeastBodyScale = 1.4; // 28 px in the projector theme
    static constexpr double kTitleScale = 1.6; // 32 px in the projector theme

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    double bodyTop(double width) const; // below the progress strip, counter, title and subtitle
    void fillBody(QTextDocument &doc, double width, double scale = kBodyScale) const;
    int heightAt(int width, double scale) const;
    // A step that shows a document carries the extract besides the narration, at the same least size:
    // the timeline gives up more room for it instead (MainWindow::layOutPresentation).
    double leastScale() const { return kLeastBodyScale; }

    ViewState *m_state;
    TourPlayer *m_player;
    Theme m_theme;
    QString m_title, m_subtitle, m_body, m_note;
    QString m_quote, m_quoteSource; // a document the tour step shows, and who wrote it when
};

// Covers the window in black when the teacher presses B, so that the class looks at them.
class BlankOverlay : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace khronika
