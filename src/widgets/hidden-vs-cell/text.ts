/** The hidden-vs-cell comparison's words: controls, charts, heatmaps and the sentences from the numbers. */
import { defineMessages } from '../../app/messages';

/** One unit's averages over the text, already formatted (same digits in both languages). */
export interface HidingNumbers {
  unit: number;
  meanAbsC: string;
  meanAbsH: string;
  meanO: string;
}

/** The step where |c| − |h| is widest, formatted. */
export interface WidestGap {
  step: number;
  ch: string;
  c: string;
  h: string;
  o: string;
}

export const hiddenVsCellText = defineMessages(
  {
    title: 'Hidden state vs cell state',
    settings: 'Hidden vs cell settings',
    unit: 'unit',
    hidesMost: (unit: number) => `${unit} (hides most)`,
    readout: (step: number, ch: string, unit: number) => `step ${step} ‘${ch}’ · unit ${unit}`,
    cHeatmap: 'tanh of the cell state heatmap',
    hHeatmap: 'hidden state heatmap',
    chartTitle: (unit: number) => `Unit ${unit}: cell state c(t) and hidden state h(t) over the text`,
    valueAxis: 'value',
    statesChart: (unit: number) => `unit ${unit}: c and h over the text`,
    outputChart: (unit: number) => `unit ${unit}: output gate over the text`,
    picked: (units: number, unit: number) => `Picked for you: of all ${units} units, unit ${unit} keeps the largest share of its cell out of h over this text.`,
    heatmapIntro: (rows: number) => `The ${rows} units that keep most of their cell out of h, side by side on one scale (purple −1, orange +1): where the left is vivid and the right pale, the output gate is holding back what the cell knows.`,
    cTitle: 'tanh c(t): what the cell could show',
    hTitle: 'h(t) = o(t) ∘ tanh c(t): what it shows',
    // Sentences computed from the numbers
    averages: (n: HidingNumbers) => `Unit ${n.unit}: over this text |c| averages ${n.meanAbsC} but |h| only ${n.meanAbsH}; its output gate averages ${n.meanO}.`,
    hides: 'The cell carries information the hidden state does not show: the output gate keeps it mostly closed, so the rest of the network sees little of it — yet it is still there, step after step, to be read out later.',
    grows: '|c| grows beyond 1 — something tanh-bounded h never can — because the cell adds up what is written into it.',
    shows: 'This unit shows most of what its cell holds. Pick another unit, or try the ones listed as hiding most.',
    widestGap: (g: WidestGap) => `Widest gap at step ${g.step} (‘${g.ch}’): c = ${g.c}, h = ${g.h}, o = ${g.o}.`,
  },
  {
    title: '은닉 상태와 셀 상태',
    settings: '은닉 상태와 셀 상태 설정',
    unit: '유닛',
    hidesMost: (unit: number) => `${unit} (가장 많이 감춤)`,
    readout: (step: number, ch: string, unit: number) => `timestep ${step} ‘${ch}’ · 유닛 ${unit}`,
    cHeatmap: '셀 상태의 tanh 히트맵',
    hHeatmap: '은닉 상태 히트맵',
    chartTitle: (unit: number) => `유닛 ${unit}: 텍스트 위의 셀 상태 c(t)와 은닉 상태 h(t)`,
    valueAxis: '값',
    statesChart: (unit: number) => `유닛 ${unit}: 텍스트 위의 c와 h`,
    outputChart: (unit: number) => `유닛 ${unit}: 텍스트 위의 출력 게이트`,
    picked: (units: number, unit: number) => `자동으로 고른 유닛: 유닛 ${units}개 가운데 이 텍스트에서 셀의 내용을 h에 가장 많이 감추는 유닛은 ${unit}번입니다.`,
    heatmapIntro: (rows: number) => `셀의 내용을 h에 가장 많이 감추는 유닛 ${rows}개를 같은 스케일(보라 −1, 주황 +1)로 나란히 놓았습니다. 왼쪽은 진한데 오른쪽이 옅은 곳에서는 출력 게이트가 셀이 아는 것을 붙잡아 두고 있습니다.`,
    cTitle: 'tanh c(t): 셀이 보여 줄 수 있는 값',
    hTitle: 'h(t) = o(t) ∘ tanh c(t): 실제로 보여 주는 값',
    averages: (n: HidingNumbers) => `유닛 ${n.unit}: 이 텍스트에서 |c|의 평균은 ${n.meanAbsC}이지만 |h|의 평균은 ${n.meanAbsH}에 불과합니다. 출력 게이트의 평균은 ${n.meanO}입니다.`,
    hides: '셀은 은닉 상태가 보여 주지 않는 정보를 담고 있습니다. 출력 게이트가 대부분 닫혀 있어 네트워크의 나머지 부분은 그 정보를 거의 보지 못하지만, 정보는 나중에 읽어 낼 수 있도록 timestep마다 그대로 남아 있습니다.',
    grows: '|c|가 1을 넘어 커집니다. tanh로 묶인 h는 결코 할 수 없는 일로, 셀이 쓰인 내용을 계속 더해 가기 때문입니다.',
    shows: '이 유닛은 셀이 담은 내용을 대부분 보여 줍니다. 다른 유닛을 고르거나, 가장 많이 감추는 유닛들을 살펴보세요.',
    widestGap: (g: WidestGap) => `차이가 가장 큰 곳은 timestep ${g.step}(‘${g.ch}’)입니다: c = ${g.c}, h = ${g.h}, o = ${g.o}.`,
  },
);

export type HiddenVsCellWords = (typeof hiddenVsCellText)['en'];
