/** The BPTT sum's words in English and Korean (numbers arrive formatted). */
import { defineMessages } from '../../app/messages';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const bpttSumText = defineMessages(
  {
    title: 'The gradient of a repeated weight is a sum over its appearances',
    keyTruncation: (k: number) => `truncation off ↔ k = ${k}`,
    keyReset: 'reset to the chapter’s settings',
    settings: 'BPTT sum settings',
    window: 'truncation window k (steps)',
    windowOff: 'off (full BPTT)',
    whoseLoss: 'whose loss: J(t) of character t',
    empty: 'The text is empty: type at least one character, whose loss the gradient is taken of.',
    model: 'the pretrained simple RNN',
    but: 'but',
    kept: 'kept part',
    negative: 'negative projection (goes down)',
    dropped: 'dropped by truncation (shaded columns; dashed lines: chunk starts)',
    normsTitle: '(a) size of each part, ‖G_t‖ (log scale); right: their sum and the size of the total',
    waterfallTitle: '(b) each part\'s projection p_t onto the total, stacked: the steps land on ‖G‖; right: the full total and the kept parts\' sum',
    tableSummary: (T: number) => `Each part of ∂J(${T})/∂W_h: its norm and its projection onto the total`,
    colStep: 'step t',
    colInput: 'input x(t)',
    colTruncation: 'truncation',
    rowDropped: 'dropped',
    rowKept: 'kept',
    textLabel: 'The text; press a character to take the gradient of its loss',
    charLabel: (k: number, ch: string) => `character ${k}: ${ch}`,
    textNote: (T: number) => `The loss is J(${T}): how surprised the model is by character ${T} after reading everything before it. Press another character to take its loss instead; the faded ones after it are not read.`,
    normsLabel: (T: number, sum: string, total: string) => `Norm of each step's part of the gradient, log scale, ${T} steps; sum of the norms ${sum}, norm of the sum ${total}`,
    barTitle: (step: number, ch: string, value: string, dropped: boolean) => `step ${step}, input “${ch}”: ${value}${dropped ? ' (dropped by truncation)' : ''}`,
    waterfallLabel: (T: number, total: string, kept: string) => `Waterfall of the projections of the ${T} parts onto the total gradient; they add up to ${total}; the parts kept by truncation add up to ${kept}`,
    full: 'full',
    kOff: 'k off',
    axisInputs: 'input x(t) at each appearance of W_h (▸ = start token) and step t',
    axisSteps: 'step t (the text is above)',
    // The sentences under the charts (summary.ts).
    zero: 'The gradient is zero here: every part vanishes.',
    sum: (total: string, sumNorms: string) => `The projections p_t add up to ‖G‖ = ${total} exactly. The norms ‖G_t‖ add up to ${sumNorms}: ` +
      'more than ‖G‖, because the parts are matrices pointing in different directions, so their lengths do not add.',
    reachAll: (T: number) => `All ${T} parts are needed to get within 1% of ‖G‖.`,
    reach: (m: number) => `The last ${plural(m, 'part')} alone come${m === 1 ? 's' : ''} within 1% of ‖G‖: parts from further back than ${plural(m, 'step')} are tiny ` +
      '(see the log scale above), because the gradient shrinks as it is walked back through W_h. Chapter 3 is about this.',
    truncationOff: (T: number) => `Truncation is off: full BPTT keeps all ${T} parts.`,
    oneChunk: (k: number, T: number) => `With k = ${k} the whole text up to step ${T} is one chunk, so truncated BPTT keeps all ${T} parts.`,
    angleOff: (angle: string | null) => (angle === null ? '' : `, from which it is ${angle === '<0.1' ? 'less than 0.1' : angle}° off`),
    chunks: (k: number, T: number, first: number, kept: number, dropped: number, norm: string, full: string, along: string, angle: string) =>
      `Chunks of k = ${k} steps (1–${k}, ${k + 1}–${2 * k}, …): the state flows on, but no gradient crosses a chunk's start. ` +
      `J(${T}) sits in the chunk starting at step ${first}, so its gradient keeps ${plural(kept, 'part')} and drops ${dropped}. ` +
      `The truncated gradient has norm ${norm} (full: ${full}); the kept p_t add up to ${along}, its component along the full gradient${angle}.`,
  },
  {
    title: '반복해서 쓰인 가중치의 기울기는 등장한 위치마다의 기울기의 합',
    keyTruncation: (k: number) => `절단 끄기 ↔ k = ${k}`,
    keyReset: '이 장의 설정으로 초기화',
    settings: 'BPTT 합 설정',
    window: '절단 길이 k (timestep)',
    windowOff: '끔 (전체 BPTT)',
    whoseLoss: '어느 손실: 문자 t의 J(t)',
    empty: '텍스트가 비어 있습니다: 기울기를 구할 손실의 문자를 하나 이상 입력하세요.',
    model: '사전 학습된 간단한 RNN',
    but: '하지만',
    kept: '남는 항',
    negative: '음의 사영 (아래로 내려감)',
    dropped: '절단으로 빠지는 항 (음영 열; 파선: 구간 시작)',
    normsTitle: '(a) 각 항의 크기 ‖G_t‖ (로그 스케일); 오른쪽: 크기의 합과 전체의 크기',
    waterfallTitle: '(b) 각 항을 전체 방향으로 사영한 p_t를 쌓은 것: 계단이 ‖G‖에 도달합니다; 오른쪽: 전체와 남는 항들의 합',
    tableSummary: (T: number) => `∂J(${T})/∂W_h의 각 항: 크기와 전체 방향으로의 사영`,
    colStep: '항 (timestep t)',
    colInput: '입력 x(t)',
    colTruncation: '절단',
    rowDropped: '빠짐',
    rowKept: '남음',
    textLabel: '텍스트: 문자를 누르면 그 문자의 손실로 기울기를 구합니다',
    charLabel: (k: number, ch: string) => `문자 ${k}: ${ch}`,
    textNote: (T: number) => `손실은 J(${T})입니다: 앞의 모든 문자를 읽은 뒤 모델이 문자 ${T}에 얼마나 놀라는지를 잽니다. 다른 문자를 누르면 그 문자의 손실을 씁니다. 그 뒤의 흐린 문자들은 읽지 않습니다.`,
    normsLabel: (T: number, sum: string, total: string) => `기울기에서 각 timestep 항의 크기, 로그 스케일, timestep ${T}개; 크기의 합 ${sum}, 합의 크기 ${total}`,
    barTitle: (step: number, ch: string, value: string, dropped: boolean) => `timestep ${step}, 입력 “${ch}”: ${value}${dropped ? ' (절단으로 빠짐)' : ''}`,
    waterfallLabel: (T: number, total: string, kept: string) => `항 ${T}개를 전체 기울기 방향으로 사영한 값의 폭포 차트; 합은 ${total}; 절단 후 남는 항들의 합은 ${kept}`,
    full: '전체',
    kOff: 'k 끔',
    axisInputs: 'W_h가 등장할 때마다의 입력 x(t) (▸ = 시작 토큰)와 timestep t',
    axisSteps: 'timestep t (텍스트는 위에 있습니다)',
    zero: '여기서는 기울기가 0입니다: 모든 항이 사라집니다.',
    sum: (total: string, sumNorms: string) => `사영 p_t를 더하면 정확히 ‖G‖ = ${total}입니다. 크기 ‖G_t‖를 더하면 ${sumNorms}로 ` +
      '‖G‖보다 큽니다. 각 항은 서로 다른 방향을 가리키는 행렬이어서 길이가 그대로 더해지지 않기 때문입니다.',
    reachAll: (T: number) => `‖G‖의 1% 이내에 들려면 항 ${T}개가 모두 필요합니다.`,
    reach: (m: number) => `마지막 항 ${m}개만으로도 ‖G‖의 1% 이내에 듭니다: ${m} timestep보다 먼 과거의 항은 아주 작습니다 ` +
      '(위의 로그 스케일 참고). W_h를 거쳐 거꾸로 걸어갈수록 기울기가 줄어들기 때문입니다. 3장에서 이 문제를 다룹니다.',
    truncationOff: (T: number) => `절단이 꺼져 있습니다: 전체 BPTT는 항 ${T}개를 모두 남깁니다.`,
    oneChunk: (k: number, T: number) => `k = ${k}이면 timestep ${T}까지의 텍스트 전체가 한 구간이므로, 절단된 BPTT도 항 ${T}개를 모두 남깁니다.`,
    angleOff: (angle: string | null) => (angle === null ? '' : ` 절단된 기울기와 전체 기울기 사이의 각도는 ${angle === '<0.1' ? '0.1° 미만' : `${angle}°`}입니다`),
    chunks: (k: number, T: number, first: number, kept: number, dropped: number, norm: string, full: string, along: string, angle: string) =>
      `k = ${k} timestep씩 나눈 구간(1–${k}, ${k + 1}–${2 * k}, …): 상태는 계속 전달되지만 기울기는 구간의 시작을 넘어가지 않습니다. ` +
      `J(${T})는 timestep ${first}에서 시작하는 구간에 있으므로, 그 기울기는 항 ${kept}개를 남기고 ${dropped}개를 버립니다. ` +
      `절단된 기울기의 크기는 ${norm}입니다(전체: ${full}). 남은 p_t의 합(${along})은 절단된 기울기의 전체 기울기 방향 성분입니다.${angle}${angle ? '.' : ''}`,
  },
);

export type BpttSumText = typeof bpttSumText.en;
