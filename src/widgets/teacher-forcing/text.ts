/** The teacher-forcing widget's words in English and Korean (numbers arrive formatted). */
import { defineMessages } from '../../app/messages';

export const teacherForcingText = defineMessages(
  {
    title: 'Teacher forcing against feeding the model its own predictions',
    space: '␣ (space)',
    keyMistake: 'force a wrong character on/off',
    keyReset: 'reset to the chapter’s settings',
    settings: 'Teacher forcing settings',
    from: 'free running from step s',
    mistake: 'force a wrong character at step s',
    wrong: 'wrong character',
    empty: 'The text is empty: type at least one character for the model to predict.',
    how: (s: number, forced: string | null) =>
      `Teacher forcing reads the true character at every step. Free running reads the text before step ${s}, then${forced !== null ? ` a forced “${forced}” at step ${s} (teacher forcing reads it too), then` : ''} its own best guess ` +
      `(argmax ŷ) of the step before. Rows: the text; teacher forcing's best guess for each character; what free running reads. ` +
      `The bar under a character is J(t) for it in that run (dark = small, yellow = large). Bold on a tint: free running has ` +
      'left the text. Press a character of the text to let free running take over there.',
    teacherForcing: 'teacher forcing',
    freeRunning: 'free running',
    withoutMistake: ' (dotted: without the mistake)',
    means: 'dashed horizontals: the means',
    rowText: 'text',
    rowGuesses: 'teacher forcing guesses',
    rowReads: 'free running reads',
    cellLast: (ch: string, step: number) => `${ch}, step ${step} (last: only predicted)`,
    cellTakeOver: (ch: string, step: number) => `${ch}, step ${step}: free running takes over here`,
    chartLabel: (forced: string, free: string) => `Per-step loss J(t) of the true next character: teacher forcing (mean ${forced}) and free running (mean ${free})`,
    axisStep: 'step t',
    markMistake: 'mistake, then free running',
    markFree: 'free running from here',
    tableSummary: 'Per step: the input and best guess of each run, and J(t) of the true next character',
    colTrueNext: 'true next',
    colForcedInput: 'forced: input',
    colForcedGuess: 'forced: guess',
    colForcedLoss: 'forced: J(t)',
    colFreeInput: 'free: input',
    colFreeGuess: 'free: guess',
    colFreeLoss: 'free: J(t)',
    // The sentence under the picture (summary.ts); characters arrive quoted.
    mistakeRun: (ch: string, step: number, loss: string, clean: string, settled: number | null, mean: string, cleanMean: string) =>
      `A forced ${ch} at step ${step}: with teacher forcing the loss is ${loss} there (clean: ${clean}), ` +
      (settled !== null ? `and from step ${settled} on it stays within 0.1 of the clean run's` : `and it does not settle back to the clean run's before the text ends`) +
      `; its mean loss is ${mean} (clean: ${cleanMean}).`,
    forcedMean: (mean: string) => `With teacher forcing the mean loss is ${mean}.`,
    freeExact: (from: number, mean: string) => `Fed its own predictions from step ${from}, the model writes exactly the text, so the two runs agree (mean loss ${mean}).`,
    driftFromMistake: 'from the forced mistake',
    driftAt: (step: number, wrote: string, text: string) => `at step ${step}, where it wrote ${wrote} but the text has ${text}`,
    freeDrift: (from: number, how: string, matches: number, count: number, mean: string) =>
      `Fed its own predictions from step ${from}, the model drifts off the text ${how}; ` +
      `${count > 0 ? `only ${matches} of the ${count} characters it writes after that match the text, and ` : ''}the mean loss of the true text becomes ${mean}.`,
  },
  {
    title: '티처 포싱과 모델 자신의 예측을 입력으로 주는 경우의 비교',
    space: '␣ (공백)',
    keyMistake: '틀린 문자 강제 켜기/끄기',
    keyReset: '이 장의 설정으로 초기화',
    settings: '티처 포싱 설정',
    from: '자유 실행 시작 timestep s',
    mistake: 'timestep s에 틀린 문자 강제로 넣기',
    wrong: '틀린 문자',
    empty: '텍스트가 비어 있습니다: 모델이 예측할 문자를 하나 이상 입력하세요.',
    how: (s: number, forced: string | null) =>
      `티처 포싱은 매 timestep 실제 문자를 읽습니다. 자유 실행은 timestep ${s} 전까지 텍스트를 읽고, 그다음${forced !== null ? ` timestep ${s}에서 강제로 넣은 “${forced}”(티처 포싱도 이것을 읽습니다)를 읽은 뒤` : '부터'} 직전 timestep에서 자신이 가장 그럴듯하다고 본 문자(argmax ŷ)를 읽습니다. ` +
      '행: 텍스트, 각 문자에 대한 티처 포싱의 최선의 추측, 자유 실행이 읽는 문자. ' +
      '문자 아래 막대는 그 실행에서 그 문자의 J(t)입니다 (어두울수록 작고, 노랄수록 큽니다). 색이 깔린 굵은 글자: 자유 실행이 ' +
      '텍스트를 벗어난 곳입니다. 텍스트의 문자를 누르면 그 자리부터 자유 실행이 이어받습니다.',
    teacherForcing: '티처 포싱',
    freeRunning: '자유 실행',
    withoutMistake: ' (점선: 실수가 없을 때)',
    means: '가로 파선: 평균',
    rowText: '텍스트',
    rowGuesses: '티처 포싱 추측',
    rowReads: '자유 실행 입력',
    cellLast: (ch: string, step: number) => `${ch}, timestep ${step} (마지막: 예측만 함)`,
    cellTakeOver: (ch: string, step: number) => `${ch}, timestep ${step}: 여기서부터 자유 실행`,
    chartLabel: (forced: string, free: string) => `실제 다음 문자의 timestep별 손실 J(t): 티처 포싱 (평균 ${forced}), 자유 실행 (평균 ${free})`,
    axisStep: 'timestep t (문자 위치)',
    markMistake: '실수 후 자유 실행',
    markFree: '여기부터 자유 실행',
    tableSummary: 'timestep별 각 실행의 입력과 최선의 추측, 실제 다음 문자의 J(t)',
    colTrueNext: '실제 다음 문자',
    colForcedInput: '티처 포싱: 입력',
    colForcedGuess: '티처 포싱: 추측',
    colForcedLoss: '티처 포싱: J(t)',
    colFreeInput: '자유 실행: 입력',
    colFreeGuess: '자유 실행: 추측',
    colFreeLoss: '자유 실행: J(t)',
    mistakeRun: (ch: string, step: number, loss: string, clean: string, settled: number | null, mean: string, cleanMean: string) =>
      `timestep ${step}에 ${ch}를 강제로 넣으면, 티처 포싱에서 그 자리의 손실은 ${loss}입니다(실수가 없을 때: ${clean}). ` +
      (settled !== null ? `timestep ${settled}부터는 실수가 없을 때와의 차이가 0.1 이내로 유지됩니다` : `텍스트가 끝날 때까지 실수가 없을 때의 값으로 돌아오지 않습니다`) +
      `. 평균 손실은 ${mean}입니다(실수가 없을 때: ${cleanMean}).`,
    forcedMean: (mean: string) => `티처 포싱의 평균 손실은 ${mean}입니다.`,
    freeExact: (from: number, mean: string) => `timestep ${from}부터 자신의 예측을 입력으로 받아도 모델은 텍스트를 그대로 써 내므로, 두 실행의 결과가 같습니다(평균 손실 ${mean}).`,
    driftFromMistake: '강제로 넣은 실수에서부터',
    driftAt: (step: number, wrote: string, text: string) => `timestep ${step}에서부터(모델은 ${wrote}를 썼지만 텍스트는 ${text}입니다)`,
    freeDrift: (from: number, how: string, matches: number, count: number, mean: string) =>
      `timestep ${from}부터 자신의 예측을 입력으로 받으면 모델은 ${how} 텍스트를 벗어납니다. ` +
      `${count > 0 ? `그 뒤에 쓴 문자 ${count}개 중 텍스트와 일치하는 것은 ${matches}개뿐이고, ` : ''}실제 텍스트의 평균 손실은 ${mean}입니다.`,
  },
);

export type TeacherForcingText = typeof teacherForcingText.en;
