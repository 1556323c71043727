/** The "your text" panel's words in English and Korean (numbers arrive formatted). */
import { defineMessages } from '../../app/messages';
import type { OwnTextProblem } from '../../data/own-text';

const n = (x: number) => x.toLocaleString('en');
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

const enProblem = (p: OwnTextProblem): string => {
  switch (p.code) {
    case 'too-large': return `The text is ${n(p.bytes)} bytes, more than the ${mb(p.maxBytes)} MB this page takes. Use a part of it.`;
    case 'binary': return 'This does not look like text: it holds NUL bytes or many control characters (a binary file, or text saved as UTF-16). Save it as plain UTF-8 text.';
    case 'not-utf8': return 'The file is not valid UTF-8 text. Save it as UTF-8 (plain text) and open it again.';
    case 'too-short': return `The text has ${n(p.chars)} characters; at least ${n(p.minChars)} are needed to train on and hold a tenth out.`;
    case 'too-few-distinct': return p.distinct <= 1
      ? 'The text is one character repeated: there is nothing to learn from it.'
      : `The text has only ${p.distinct} distinct visible characters; at least ${p.minDistinct} are needed.`;
  }
};

const koProblem = (p: OwnTextProblem): string => {
  switch (p.code) {
    case 'too-large': return `텍스트가 ${n(p.bytes)}바이트로, 이 페이지가 받는 최대 ${mb(p.maxBytes)} MB보다 큽니다. 일부만 사용하세요.`;
    case 'binary': return '텍스트로 보이지 않습니다: NUL 바이트나 제어 문자가 많이 들어 있습니다(바이너리 파일이거나 UTF-16으로 저장된 텍스트). 일반 UTF-8 텍스트로 저장하세요.';
    case 'not-utf8': return '파일이 올바른 UTF-8 텍스트가 아닙니다. UTF-8(일반 텍스트)로 저장한 뒤 다시 여세요.';
    case 'too-short': return `텍스트가 ${n(p.chars)}자입니다. 학습하고 10분의 1을 검증용으로 떼어 두려면 최소 ${n(p.minChars)}자가 필요합니다.`;
    case 'too-few-distinct': return p.distinct <= 1
      ? '텍스트가 한 문자의 반복입니다: 배울 것이 없습니다.'
      : `텍스트에 보이는 서로 다른 문자가 ${p.distinct}개뿐입니다. 최소 ${p.minDistinct}개가 필요합니다.`;
  }
};

export const ownTextText = defineMessages(
  {
    title: 'Your text: train the character models on what you bring',
    keyTrain: 'train both models / stop',
    inUse: 'Text in use:',
    mobyDefault: 'Moby-Dick (the default)',
    yourText: (name: string | null) => (name ? `your text (${name})` : 'your pasted text'),
    backToMoby: 'Back to Moby-Dick',
    forget: 'Forget my text',
    reuseKept: (chars: string) => `Use my kept text again (${chars} characters)`,
    pasteLabel: 'paste a text (at least 2,000 characters, at most 5 MB; any language)',
    useText: 'Use this text',
    openFile: 'or open a .txt file',
    refused: (problem: OwnTextProblem) => `${enProblem(problem)} The text and the models in use are unchanged.`,
    privacy: 'Your text stays on this page: it is read and trained on in your browser and sent nowhere. It is kept in this browser (not in links) until you press “Forget my text”.',
    notKept: 'This browser could not keep the text: it lasts until you leave the page.',
    preparing: 'Reading the text and building its vocabulary…',
    summaryOwn: (chars: string, distinct: string, size: number, kept: number) =>
      `${chars} characters, ${distinct} distinct. Vocabulary: ${size} tokens, the ${kept} most frequent characters plus ‹start› ‹end› ‹?› (each line is a paragraph, read from ‹start› to ‹end›).`,
    summaryUnknown: (distinct: string, count: string, percent: string, examples: string) =>
      `${distinct} rarer characters (${count} occurrences, ${percent}% of the text) are beyond the cap and read as the unknown symbol ‹?›, e.g. ${examples}.`,
    summaryAllKept: 'Every character of the text has its own token: none is read as ‹?›.',
    summaryMoby: (size: number) => `The chapter's text with its fixed ${size}-token vocabulary (lower-cased letters, digits, punctuation, ‹start› ‹end› ‹?›).`,
    summarySplit: (train: string, heldOut: string) => `Trained on the first ${train} characters; the last ${heldOut} (a tenth) are held out and never trained on.`,
    summarySplitMoby: (train: string, heldOut: string) => `Trained on the training chapters (${train} characters); the held-out chapters (${heldOut}) are never trained on.`,
    settings: 'Training settings for your text',
    steps: 'training steps per model (16 windows of 64 characters each)',
    seed: 'seed',
    train: 'Train both models',
    retrain: 'Train both again',
    stop: 'Stop',
    trainNote: 'Fresh models from a seeded start: first a simple RNN, then an LSTM (the chapter’s live sizes), then all three models are measured on the held-out text.',
    progress: (cell: string, step: number, steps: number, cps: string, ppl: string) => `${cell}: step ${step} of ${steps} · ${cps} chars/s · held-out perplexity ${ppl}`,
    notTrained: (cell: string) => `${cell}: not trained yet`,
    samplesTitle: 'Samples as they learn (τ = 0.8, from ‹start›; a line break is ‹end›)',
    sampleOf: (cell: string, step: number) => `${cell} after ${step} step${step === 1 ? '' : 's'}`,
    compareTitle: 'n-gram vs simple RNN vs LSTM on the held-out text',
    measuring: 'Measuring on the held-out text…',
    colModel: 'model',
    colPerplexity: 'perplexity (per char)',
    colBits: 'bits per char',
    colChars: 'chars scored',
    ngram: (order: number) => `${order}-gram, interpolated Kneser–Ney (counts of the training part)`,
    trainedFor: (steps: string) => `trained here for ${steps} steps`,
    notYet: 'not trained yet: press “Train both models”',
    compared: (chars: string, ngramChars: string) =>
      `What is compared: the n-gram and the two small models trained in this panel on the text in use (not the chapter's shipped models), each scored on the same first ${chars} held-out characters, every paragraph from ‹start›. The n-gram counts up to the first ${ngramChars} training characters.`,
    ranking: (ranking: string) => `Ranking on this text (lower perplexity is better): ${ranking}.`,
    caption: 'Held-out perplexity and bits per character of the n-gram and the models trained on the text in use',
    chartLabel: 'Training loss and held-out loss of the model being trained',
  },
  {
    title: '내 텍스트: 가져온 글로 문자 단위 모델 학습하기',
    keyTrain: '두 모델 학습 / 멈춤',
    inUse: '사용 중인 텍스트:',
    mobyDefault: 'Moby-Dick (기본)',
    yourText: (name: string | null) => (name ? `내 텍스트 (${name})` : '붙여 넣은 내 텍스트'),
    backToMoby: 'Moby-Dick으로 돌아가기',
    forget: '내 텍스트 지우기',
    reuseKept: (chars: string) => `보관한 내 텍스트 다시 쓰기 (${chars}자)`,
    pasteLabel: '텍스트 붙여 넣기 (최소 2,000자, 최대 5 MB; 어떤 언어든)',
    useText: '이 텍스트 사용',
    openFile: '또는 .txt 파일 열기',
    refused: (problem: OwnTextProblem) => `${koProblem(problem)} 사용 중인 텍스트와 모델은 그대로입니다.`,
    privacy: '내 텍스트는 이 페이지를 떠나지 않습니다: 브라우저 안에서 읽고 학습하며 어디로도 보내지 않습니다. “내 텍스트 지우기”를 누를 때까지 이 브라우저에 보관합니다(링크에는 들어가지 않습니다).',
    notKept: '이 브라우저가 텍스트를 보관하지 못했습니다: 페이지를 떠나면 사라집니다.',
    preparing: '텍스트를 읽고 어휘를 만드는 중…',
    summaryOwn: (chars: string, distinct: string, size: number, kept: number) =>
      `${chars}자, 서로 다른 문자 ${distinct}개. 어휘: 토큰 ${size}개 — 가장 자주 나오는 문자 ${kept}개와 ‹start› ‹end› ‹?› (한 줄이 한 문단이며 ‹start›부터 ‹end›까지 읽습니다).`,
    summaryUnknown: (distinct: string, count: string, percent: string, examples: string) =>
      `상한을 넘는 드문 문자 ${distinct}개(${count}번 등장, 텍스트의 ${percent}%)는 알 수 없는 기호 ‹?›로 읽습니다. 예: ${examples}.`,
    summaryAllKept: '텍스트의 모든 문자가 자기 토큰을 가집니다: ‹?›로 읽히는 문자는 없습니다.',
    summaryMoby: (size: number) => `이 장의 텍스트와 고정된 토큰 ${size}개짜리 어휘(소문자 영문자, 숫자, 문장 부호, ‹start› ‹end› ‹?›).`,
    summarySplit: (train: string, heldOut: string) => `앞의 ${train}자로 학습하고, 마지막 ${heldOut}자(10분의 1)는 검증용으로 떼어 두어 학습에 쓰지 않습니다.`,
    summarySplitMoby: (train: string, heldOut: string) => `학습용 장(${train}자)으로 학습하고, 검증용 장(${heldOut}자)은 학습에 쓰지 않습니다.`,
    settings: '내 텍스트 학습 설정',
    steps: '모델당 학습 단계 수 (단계마다 64자 구간 16개)',
    seed: '시드',
    train: '두 모델 학습',
    retrain: '두 모델 다시 학습',
    stop: '멈춤',
    trainNote: '시드로 정한 초기값에서 새 모델을 만듭니다: 먼저 간단한 RNN, 다음에 LSTM(이 장의 실시간 학습 크기)을 학습한 뒤, 세 모델을 검증 텍스트에서 잽니다.',
    progress: (cell: string, step: number, steps: number, cps: string, ppl: string) => `${cell}: ${steps}단계 중 ${step}단계 · 초당 ${cps}자 · 검증 퍼플렉서티 ${ppl}`,
    notTrained: (cell: string) => `${cell}: 아직 학습하지 않음`,
    samplesTitle: '학습 중의 샘플 (τ = 0.8, ‹start›에서 시작; 줄바꿈은 ‹end›)',
    sampleOf: (cell: string, step: number) => `${step}단계 학습한 ${cell}`,
    compareTitle: '검증 텍스트에서의 n-gram, 간단한 RNN, LSTM 비교',
    measuring: '검증 텍스트에서 재는 중…',
    colModel: '모델',
    colPerplexity: '퍼플렉서티 (문자당)',
    colBits: '문자당 비트',
    colChars: '평가한 문자 수',
    ngram: (order: number) => `${order}-gram, 보간 Kneser–Ney (학습 부분에서 센 횟수)`,
    trainedFor: (steps: string) => `여기서 ${steps}단계 학습함`,
    notYet: '아직 학습하지 않음: “두 모델 학습”을 누르세요',
    compared: (chars: string, ngramChars: string) =>
      `비교 대상: n-gram과, 이 패널에서 사용 중인 텍스트로 학습한 작은 모델 두 개입니다(이 장의 제공된 모델이 아님). 모두 같은 검증 문자 앞부분 ${chars}자로 평가하며 각 문단은 ‹start›부터 읽습니다. n-gram은 학습 문자 앞부분 최대 ${ngramChars}자를 셉니다.`,
    ranking: (ranking: string) => `이 텍스트에서의 순위 (퍼플렉서티가 낮을수록 좋음): ${ranking}.`,
    caption: '사용 중인 텍스트로 학습한 모델들과 n-gram의 검증 퍼플렉서티와 문자당 비트 수',
    chartLabel: '학습 중인 모델의 학습 손실과 검증 손실',
  },
);

export type OwnTextText = typeof ownTextText.en;
