import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { highlightSegments } from './highlight';

/** Text with the words of a search query marked (`<mark>`), as text nodes only. */
@Component({
  selector: 'cp-highlight',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@for (segment of segments(); track $index) {@if (segment.match) {<mark>{{ segment.text }}</mark>} @else {<span>{{ segment.text }}</span>}}`,
  styles: `mark { background: #fff2b3; color: inherit; padding: 0 .05em; border-radius: 2px; font-weight: 700; }`,
})
export class HighlightComponent {
  readonly text = input.required<string>();
  readonly query = input<string | null | undefined>('');
  protected readonly segments = computed(() => highlightSegments(this.text(), this.query()));
}
